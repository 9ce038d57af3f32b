import { entryNode, findEntry, getScalarString } from "../utils/compose/index.js";
import { createRule, type RuleContext } from "../utils/create-rule.js";
import { describeContainer, getWorkloads } from "../utils/kubernetes/index.js";

export default createRule("k8s-no-unmasked-proc-mount", {
  meta: {
    type: "problem",
    docs: {
      description: "Disallow `procMount: Unmasked`",
      config: "recommended",
    },
    languages: ["kubernetes"],
    schema: [],
    messages: {
      unmasked:
        "The {{container}} sees the node's /proc unmasked: kernel and host information the runtime normally hides. Remove `procMount: Unmasked` (the default is `Default`).",
    },
  },
  create(context: RuleContext) {
    return {
      Program() {
        for (const workload of getWorkloads(context)) {
          for (const container of workload.containers) {
            const entry = findEntry(container.securityContext, "procMount");
            if (!entry || getScalarString(entry.value) !== "Unmasked") continue;
            context.report({ node: entryNode(entry, "value"), messageId: "unmasked", data: { container: describeContainer(container) } });
          }
        }
      },
    };
  },
});
