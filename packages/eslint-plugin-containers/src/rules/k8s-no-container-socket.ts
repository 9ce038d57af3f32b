import { createRule, type RuleContext } from "../utils/create-rule.js";
import { describeObject, getWorkloads } from "../utils/kubernetes/index.js";
import { hostPathVolumes, isRuntimeSocketPath } from "../utils/kubernetes/host-paths.js";

export default createRule("k8s-no-container-socket", {
  meta: {
    type: "problem",
    docs: {
      description: "Disallow mounting a container runtime's socket (docker, containerd, CRI-O, podman) into a pod",
      config: "recommended",
    },
    languages: ["kubernetes"],
    schema: [],
    messages: {
      socket:
        "{{object}} mounts '{{path}}' from the node: whoever reaches a container runtime's socket can start a privileged container and take over the node. Use a build service or a rootless builder instead.",
    },
  },
  create(context: RuleContext) {
    return {
      Program() {
        for (const workload of getWorkloads(context)) {
          for (const volume of hostPathVolumes(workload)) {
            if (!isRuntimeSocketPath(volume.path)) continue;
            context.report({ node: volume.node, messageId: "socket", data: { object: describeObject(workload.object), path: volume.path } });
          }
        }
      },
    };
  },
});
