import { entryNode, findEntry } from "../utils/compose/index.js";
import { createRule, type RuleContext } from "../utils/create-rule.js";
import { containerNode, describeContainer, getWorkloads, mappingAt } from "../utils/kubernetes/index.js";

type Options = [{ requireCpuLimit?: boolean }];

export default createRule<Options>("k8s-resource-limits", {
  meta: {
    type: "problem",
    docs: {
      description: "Require a memory limit and CPU and memory requests on every container",
      config: "recommended",
    },
    languages: ["kubernetes"],
    schema: [
      {
        type: "object",
        properties: { requireCpuLimit: { type: "boolean" } },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ requireCpuLimit: false }],
    messages: {
      missing: "The {{container}} has no {{missing}}: {{why}} Set {{settings}}.",
    },
  },
  create(context: RuleContext<Options>) {
    const requireCpuLimit = context.options[0]?.requireCpuLimit ?? false;
    const wanted: Array<[section: "limits" | "requests", resource: "cpu" | "memory"]> = [
      ["requests", "cpu"],
      ["requests", "memory"],
      ["limits", "memory"],
      ...(requireCpuLimit ? [["limits", "cpu"] as ["limits", "cpu"]] : []),
    ];
    return {
      Program() {
        for (const workload of getWorkloads(context)) {
          for (const container of workload.containers) {
            // Ephemeral containers cannot have resources.
            if (container.kind === "ephemeralContainer" || workload.partial) continue;
            // Kubernetes copies a limit into the request it leaves unset, so a limit meets both.
            const has = (section: string, resource: string) => findEntry(mappingAt(container.mapping, ["resources", section]), resource) !== null;
            const missing = wanted.filter(([section, resource]) => !has(section, resource) && !(section === "requests" && has("limits", resource)));
            if (missing.length === 0) continue;
            const resources = findEntry(container.mapping, "resources");
            context.report({
              node: resources ? entryNode(resources, "key") : containerNode(container),
              messageId: "missing",
              data: {
                container: describeContainer(container),
                missing: missing.map(([section, resource]) => `${resource} ${section === "limits" ? "limit" : "request"}`).join(", "),
                settings: missing.map(([section, resource]) => `\`resources.${section}.${resource}\``).join(", "),
                why: consequences(missing),
              },
            });
          }
        }
      },
    };
  },
});

/** What the missing settings cost, in the order a reader needs it. */
function consequences(missing: ReadonlyArray<[string, string]>): string {
  const reasons: string[] = [];
  if (missing.some(([section]) => section === "requests")) {
    reasons.push("without requests the scheduler does not reserve what it needs, and it is among the first evicted under pressure");
  }
  if (missing.some(([section, resource]) => section === "limits" && resource === "memory")) {
    reasons.push("without a memory limit one leak can exhaust the node's memory");
  }
  if (missing.some(([section, resource]) => section === "limits" && resource === "cpu")) {
    reasons.push("without a CPU limit it can take every core of the node");
  }
  const sentence = reasons.join("; ");
  return `${sentence[0].toUpperCase()}${sentence.slice(1)}.`;
}
