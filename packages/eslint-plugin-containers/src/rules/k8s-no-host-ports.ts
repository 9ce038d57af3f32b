import { entryNode, findEntry, getComposeBoolean, getScalarValue, getSequenceItems } from "../utils/compose/index.js";
import { createRule, type RuleContext } from "../utils/create-rule.js";
import { describeContainer, getWorkloads } from "../utils/kubernetes/index.js";

export default createRule("k8s-no-host-ports", {
  meta: {
    type: "problem",
    docs: {
      description: "Disallow `hostPort` on container ports",
      config: "recommended",
    },
    languages: ["kubernetes"],
    schema: [],
    messages: {
      hostPort:
        "The {{container}} binds port {{port}} of the node: only one such pod fits on a node, and the port bypasses network policies. Expose it with a Service instead.",
    },
  },
  create(context: RuleContext) {
    return {
      Program() {
        for (const workload of getWorkloads(context)) {
          // Under hostNetwork the container binds the node's port anyway: hostPort only restates it.
          if (getComposeBoolean(findEntry(workload.podSpec, "hostNetwork")?.value) === true) continue;
          for (const container of workload.containers) {
            for (const port of getSequenceItems(findEntry(container.mapping, "ports")?.value)) {
              if (port.type !== "YAMLMapping") continue;
              const entry = findEntry(port, "hostPort");
              const value = getScalarValue(entry?.value);
              // `hostPort: 0` is the API's "not set".
              if (!entry || value === undefined || value === null || value === 0 || value === "0") continue;
              context.report({ node: entryNode(entry, "value"), messageId: "hostPort", data: { container: describeContainer(container), port: String(value) } });
            }
          }
        }
      },
    };
  },
});
