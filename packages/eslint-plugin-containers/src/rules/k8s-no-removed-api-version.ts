import { entryNode } from "../utils/compose/index.js";
import { createRule, type RuleContext } from "../utils/create-rule.js";
import { getKubernetesObjects } from "../utils/kubernetes/index.js";
import { removedApi } from "../utils/kubernetes/removed-apis.js";

export default createRule("k8s-no-removed-api-version", {
  meta: {
    type: "problem",
    docs: {
      description: "Disallow apiVersions that Kubernetes no longer serves for the kind",
      config: "recommended",
    },
    languages: ["kubernetes"],
    fixable: "code",
    schema: [],
    messages: {
      replaced: "`{{apiVersion}}` {{kind}} was removed in Kubernetes {{removedIn}}; use `{{replacement}}`.",
      replacedByHand:
        "`{{apiVersion}}` {{kind}} was removed in Kubernetes {{removedIn}}; move it to `{{replacement}}`, which changes more than the apiVersion (see the Kubernetes deprecated API migration guide).",
      gone: "`{{apiVersion}}` {{kind}} was removed in Kubernetes {{removedIn}} with no replacement; remove it (PodSecurityPolicy gave way to Pod Security Admission).",
    },
  },
  create(context: RuleContext) {
    return {
      Program() {
        for (const object of getKubernetesObjects(context)) {
          const removed = removedApi(object);
          if (!removed) continue;
          const node = entryNode(object.apiVersionEntry, "value");
          const data = { apiVersion: object.apiVersion, kind: object.kind, removedIn: removed.removedIn, replacement: removed.replacement ?? "" };
          if (!removed.replacement) {
            context.report({ node, messageId: "gone", data });
            continue;
          }
          const mechanical = removed.mechanical(object) && !object.apiVersionEntry.mergedFrom;
          const replacement = removed.replacement;
          context.report({
            node,
            messageId: mechanical ? "replaced" : "replacedByHand",
            data,
            // Keep the author's quotes: replace the text inside them.
            fix: mechanical ? (fixer) => fixer.replaceTextRange(innerRange(context.sourceCode.text, node.range), replacement) : null,
          });
        }
      },
    };
  },
});

/** The range of a scalar without its quotes. */
function innerRange(text: string, [start, end]: [number, number]): [number, number] {
  const quote = text[start];
  return (quote === '"' || quote === "'") && text[end - 1] === quote ? [start + 1, end - 1] : [start, end];
}
