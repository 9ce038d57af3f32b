import type { Rule } from "eslint";
import { entryNode, findEntry, getComposeBoolean } from "../utils/compose/index.js";
import { createRule, type RuleContext } from "../utils/create-rule.js";
import { containerNode, describeContainer, getWorkloads, isPrivileged, type Container } from "../utils/kubernetes/index.js";
import { insertEntriesFix } from "../utils/kubernetes/insert-entry.js";

export default createRule("k8s-read-only-root-filesystem", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Require containers to run with a read-only root filesystem",
      config: "strict",
    },
    languages: ["kubernetes"],
    hasSuggestions: true,
    schema: [],
    messages: {
      writable:
        "The {{container}} can write to its root filesystem, so an attacker can drop tools or change the application's files. Set `readOnlyRootFilesystem: true` and mount an `emptyDir` where it must write.",
      insert: "Add `readOnlyRootFilesystem: true` to the container's `securityContext` (check where it writes first).",
    },
  },
  create(context: RuleContext) {
    const { text } = context.sourceCode;
    const insertion = (container: Container) =>
      container.securityContext
        ? insertEntriesFix(text, container.securityContext, ["readOnlyRootFilesystem: true"])
        : findEntry(container.mapping, "securityContext")
          ? null
          : insertEntriesFix(text, container.mapping, ["securityContext:", "  readOnlyRootFilesystem: true"]);
    return {
      Program() {
        for (const workload of getWorkloads(context)) {
          for (const container of workload.containers) {
            // A privileged container can remount its root filesystem read-write, so the setting
            // protects nothing there; `k8s-no-privileged` reports the real problem.
            if (container.kind === "ephemeralContainer" || isPrivileged(container)) continue;
            const entry = findEntry(container.securityContext, "readOnlyRootFilesystem");
            if (entry ? getComposeBoolean(entry.value) !== false : workload.partial) continue;
            const value = entry ? entryNode(entry, "value") : null;
            const fix: Rule.ReportFixer | null = value ? (fixer) => fixer.replaceTextRange(value.range, "true") : insertion(container);
            context.report({
              node: value ?? containerNode(container),
              messageId: "writable",
              data: { container: describeContainer(container) },
              suggest: fix ? [{ messageId: "insert", fix }] : [],
            });
          }
        }
      },
    };
  },
});
