import { entryNode, findEntry, getMappingEntries, getScalarString } from "../utils/compose/index.js";
import { createRule, type RuleContext } from "../utils/create-rule.js";
import { describeObject, getKubernetesObjects, mappingAt } from "../utils/kubernetes/index.js";

/** Kinds whose `spec.selector` must select the pods of their own template. */
const SELECTING_KINDS = new Set(["Deployment", "StatefulSet", "DaemonSet", "ReplicaSet", "ReplicationController", "DeploymentConfig"]);

export default createRule("k8s-selector-matches-template", {
  meta: {
    type: "problem",
    docs: {
      description: "Require a workload's selector to match the labels of its pod template",
      config: "recommended",
    },
    languages: ["kubernetes"],
    schema: [],
    messages: {
      mismatch:
        "{{object}} selects pods with '{{key}}: {{value}}', but its pod template has {{actual}}; the API server rejects a selector that does not match the template. Make the two agree.",
    },
  },
  create(context: RuleContext) {
    return {
      Program() {
        for (const object of getKubernetesObjects(context)) {
          if (!SELECTING_KINDS.has(object.kind)) continue;
          // ReplicationController and DeploymentConfig take a plain map as selector.
          const selector = mappingAt(object.root, ["spec", "selector"]);
          const matchLabels = selector && (findEntry(selector, "matchLabels") ? mappingAt(selector, ["matchLabels"]) : object.kind === "ReplicationController" || object.kind === "DeploymentConfig" ? selector : null);
          const labels = mappingAt(object.root, ["spec", "template", "metadata", "labels"]);
          // Kustomize patches and partial manifests may leave the template to another file.
          if (!matchLabels || !findEntry(mappingAt(object.root, ["spec"]), "template")) continue;
          for (const entry of getMappingEntries(matchLabels)) {
            const value = getScalarString(entry.value) ?? "";
            const actualEntry = findEntry(labels, entry.key);
            const actual = actualEntry ? getScalarString(actualEntry.value) : undefined;
            if (actual === value || value.includes("$") || actual?.includes("$")) continue;
            context.report({
              node: entryNode(entry, "key"),
              messageId: "mismatch",
              data: {
                object: describeObject(object),
                key: entry.key,
                value,
                actual: actual === undefined ? `no '${entry.key}' label` : `'${entry.key}: ${actual}'`,
              },
            });
          }
        }
      },
    };
  },
});
