import { DANGEROUS_CAPABILITIES, normalizeCapability } from "../utils/capabilities.js";
import { ALLOW_OPTION_SCHEMA } from "../utils/options-schema.js";
import { createRule, type RuleContext } from "../utils/create-rule.js";
import { describeContainer, getWorkloads } from "../utils/kubernetes/index.js";
import { capabilityList } from "../utils/kubernetes/capabilities.js";

type Options = [{ allow?: string[] }];

export default createRule<Options>("k8s-no-dangerous-capabilities", {
  meta: {
    type: "problem",
    docs: {
      description: "Disallow adding dangerous Linux capabilities to Kubernetes containers",
      config: "recommended",
    },
    languages: ["kubernetes"],
    schema: [ALLOW_OPTION_SCHEMA],
    defaultOptions: [{ allow: [] }],
    messages: {
      dangerous:
        "The {{container}} adds the capability {{capability}}, which allows {{what}}. Remove it from `capabilities.add`, or allow it in the rule's options if the container truly needs it.",
    },
  },
  create(context: RuleContext<Options>) {
    const allowed = new Set((context.options[0]?.allow ?? []).map(normalizeCapability));
    return {
      Program() {
        for (const workload of getWorkloads(context)) {
          for (const container of workload.containers) {
            for (const capability of capabilityList(container, "add").items) {
              const what = DANGEROUS_CAPABILITIES.get(capability.name);
              if (!what || allowed.has(capability.name)) continue;
              context.report({
                node: capability.node,
                messageId: "dangerous",
                data: { container: describeContainer(container), capability: capability.raw, what },
              });
            }
          }
        }
      },
    };
  },
});
