import { entryNode, findEntry, getComposeBoolean, getScalarString } from "../utils/compose/index.js";
import { createRule, type RuleContext } from "../utils/create-rule.js";
import { containerNode, describeContainer, getWorkloads, isPrivileged, type Container } from "../utils/kubernetes/index.js";
import { insertEntriesFix } from "../utils/kubernetes/insert-entry.js";

type Options = [{ requireExplicitFalse?: boolean }];

export default createRule<Options>("k8s-no-privilege-escalation", {
  meta: {
    type: "problem",
    docs: {
      description: "Require containers to set `allowPrivilegeEscalation: false`",
      config: "recommended",
    },
    languages: ["kubernetes"],
    hasSuggestions: true,
    schema: [
      {
        type: "object",
        properties: { requireExplicitFalse: { type: "boolean" } },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ requireExplicitFalse: true }],
    messages: {
      allowed:
        "The {{container}} allows privilege escalation: a setuid binary in it can gain more privileges than the process started with. Set `allowPrivilegeEscalation: false`.",
      unset:
        "The {{container}} does not set `allowPrivilegeEscalation`, which defaults to true: a setuid binary in it can gain privileges. Set `allowPrivilegeEscalation: false` in its `securityContext`.",
      insert: "Add `allowPrivilegeEscalation: false` to the container's `securityContext`.",
    },
  },
  create(context: RuleContext<Options>) {
    const requireExplicitFalse = context.options[0]?.requireExplicitFalse ?? true;
    const { text } = context.sourceCode;

    /** The suggestion's edit: into the existing `securityContext`, or a new one in the container. */
    const insertion = (container: Container) =>
      container.securityContext
        ? insertEntriesFix(text, container.securityContext, ["allowPrivilegeEscalation: false"])
        : findEntry(container.mapping, "securityContext")
          ? null
          : insertEntriesFix(text, container.mapping, ["securityContext:", "  allowPrivilegeEscalation: false"]);

    return {
      Program() {
        for (const workload of getWorkloads(context)) {
          // Windows pods cannot set it: the field is Linux-only and the API server rejects it.
          const os = findEntry(workload.podSpec, "os")?.value;
          if (os?.type === "YAMLMapping" && getScalarString(findEntry(os, "name")?.value) === "windows") continue;
          for (const container of workload.containers) {
            // A privileged container always may escalate, and the API server rejects `false` beside
            // `privileged: true`: k8s-no-privileged reports the real problem.
            if (isPrivileged(container)) continue;
            const entry = findEntry(container.securityContext, "allowPrivilegeEscalation");
            const data = { container: describeContainer(container) };
            if (entry) {
              if (getComposeBoolean(entry.value) === true) context.report({ node: entryNode(entry, "value"), messageId: "allowed", data });
              continue;
            }
            if (!requireExplicitFalse || workload.partial) continue;
            const fix = insertion(container);
            context.report({
              node: containerNode(container),
              messageId: "unset",
              data,
              suggest: fix ? [{ messageId: "insert", fix }] : [],
            });
          }
        }
      },
    };
  },
});
