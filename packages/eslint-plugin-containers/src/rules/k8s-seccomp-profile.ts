import { entryNode, findEntry, getScalarString } from "../utils/compose/index.js";
import { createRule, type RuleContext } from "../utils/create-rule.js";
import { containerNode, describeContainer, effectiveSecurityField, getWorkloads } from "../utils/kubernetes/index.js";

type Options = [{ requireProfile?: boolean }];

export default createRule<Options>("k8s-seccomp-profile", {
  meta: {
    type: "problem",
    docs: {
      description: "Disallow containers that run without a seccomp profile (`Unconfined`)",
      config: "recommended",
    },
    languages: ["kubernetes"],
    schema: [
      {
        type: "object",
        properties: { requireProfile: { type: "boolean" } },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ requireProfile: false }],
    messages: {
      unconfined:
        "The {{container}} runs with `seccompProfile.type: Unconfined`: every system call is open to it. Use `RuntimeDefault` or a `Localhost` profile.",
      missing:
        "The {{container}} sets no seccomp profile; depending on the cluster it may run Unconfined. Set `securityContext.seccompProfile.type: RuntimeDefault` on the pod or the container.",
    },
  },
  create(context: RuleContext<Options>) {
    const requireProfile = context.options[0]?.requireProfile ?? false;
    return {
      Program() {
        for (const workload of getWorkloads(context)) {
          const reported = new Set<unknown>();
          for (const container of workload.containers) {
            const profile = effectiveSecurityField(container, "seccompProfile");
            const mapping = profile?.entry.value;
            const typeEntry = mapping?.type === "YAMLMapping" ? findEntry(mapping, "type") : null;
            const data = { container: describeContainer(container) };
            if (typeEntry && getScalarString(typeEntry.value) === "Unconfined") {
              const node = entryNode(typeEntry, "value");
              // A pod-level profile is reported once, not once per container.
              if (!reported.has(node)) context.report({ node, messageId: "unconfined", data });
              reported.add(node);
            } else if (!profile && requireProfile && container.kind !== "ephemeralContainer" && !workload.partial) {
              context.report({ node: containerNode(container), messageId: "missing", data });
            }
          }
        }
      },
    };
  },
});
