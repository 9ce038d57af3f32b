import { entryNode } from "../utils/compose/index.js";
import { createRule, type RuleContext } from "../utils/create-rule.js";
import { containerNode, describeContainer, getWorkloads, isPrivileged } from "../utils/kubernetes/index.js";
import { capabilityList } from "../utils/kubernetes/capabilities.js";

type Options = [{ minimum?: "ALL" | "NET_RAW" }];

export default createRule<Options>("k8s-require-drop-capabilities", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Require containers to drop all Linux capabilities (`capabilities.drop: [ALL]`)",
      config: "strict",
    },
    languages: ["kubernetes"],
    schema: [
      {
        type: "object",
        properties: { minimum: { enum: ["ALL", "NET_RAW"] } },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ minimum: "ALL" }],
    messages: {
      missing:
        "The {{container}} keeps the container runtime's default capabilities (NET_RAW, CHOWN, SETUID...). Add `securityContext.capabilities.drop: [{{minimum}}]` and `add` back only what it needs.",
    },
  },
  create(context: RuleContext<Options>) {
    const minimum = context.options[0]?.minimum ?? "ALL";
    return {
      Program() {
        for (const workload of getWorkloads(context)) {
          for (const container of workload.containers) {
            // Ephemeral debug containers are added by `kubectl debug`, not written in manifests.
            // A privileged container keeps every capability whatever it drops.
            if (container.kind === "ephemeralContainer" || workload.partial || isPrivileged(container)) continue;
            const drop = capabilityList(container, "drop");
            if (drop.items.some((item) => item.name === "ALL" || item.name === minimum)) continue;
            context.report({
              node: drop.entry ? entryNode(drop.entry, "key") : containerNode(container),
              messageId: "missing",
              data: { container: describeContainer(container), minimum },
            });
          }
        }
      },
    };
  },
});
