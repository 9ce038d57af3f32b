import { entryNode, findEntry, getComposeBoolean } from "../utils/compose/index.js";
import { createRule, type RuleContext } from "../utils/create-rule.js";
import { describeContainer, effectiveSecurityField, getWorkloads } from "../utils/kubernetes/index.js";

export default createRule("k8s-no-privileged", {
  meta: {
    type: "problem",
    docs: {
      description: "Disallow privileged containers and Windows host-process containers in Kubernetes workloads",
      config: "recommended",
    },
    languages: ["kubernetes"],
    schema: [],
    messages: {
      privileged:
        "The {{container}} runs privileged: it gets every capability and all host devices, as root on the node. Remove `privileged: true` and grant only the capabilities it needs.",
      hostProcess:
        "The {{container}} runs as a Windows host process, with the node's full access. Remove `hostProcess: true` unless this is a node agent.",
    },
  },
  create(context: RuleContext) {
    return {
      Program() {
        for (const workload of getWorkloads(context)) {
          for (const container of workload.containers) {
            const privileged = effectiveSecurityField(container, "privileged");
            if (privileged && getComposeBoolean(privileged.entry.value) === true) {
              context.report({ node: entryNode(privileged.entry, "value"), messageId: "privileged", data: { container: describeContainer(container) } });
            }
            const windows = effectiveSecurityField(container, "windowsOptions")?.entry.value;
            const hostProcess = windows?.type === "YAMLMapping" ? findEntry(windows, "hostProcess") : null;
            if (hostProcess && getComposeBoolean(hostProcess.value) === true) {
              context.report({ node: entryNode(hostProcess, "value"), messageId: "hostProcess", data: { container: describeContainer(container) } });
            }
          }
        }
      },
    };
  },
});
