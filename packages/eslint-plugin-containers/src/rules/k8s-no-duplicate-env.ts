import { findEntry, getScalarString, getSequenceItems } from "../utils/compose/index.js";
import { createRule, type RuleContext } from "../utils/create-rule.js";
import { describeContainer, getWorkloads } from "../utils/kubernetes/index.js";

export default createRule("k8s-no-duplicate-env", {
  meta: {
    type: "problem",
    docs: {
      description: "Disallow one environment variable defined twice in a container's `env`",
      config: "recommended",
    },
    languages: ["kubernetes"],
    schema: [],
    messages: {
      duplicate:
        "The {{container}} defines '{{name}}' again (first on line {{line}}); the last one wins, so the first is dead and a later edit may change the wrong one. Keep one.",
    },
  },
  create(context: RuleContext) {
    return {
      Program() {
        for (const workload of getWorkloads(context)) {
          for (const container of workload.containers) {
            const seen = new Map<string, number>();
            for (const variable of getSequenceItems(findEntry(container.mapping, "env")?.value)) {
              if (variable.type !== "YAMLMapping") continue;
              const nameEntry = findEntry(variable, "name");
              const name = getScalarString(nameEntry?.value);
              if (!nameEntry?.value || name === undefined) continue;
              const first = seen.get(name);
              if (first === undefined) {
                seen.set(name, nameEntry.value.loc.start.line);
                continue;
              }
              context.report({ node: nameEntry.value, messageId: "duplicate", data: { container: describeContainer(container), name, line: first } });
            }
          }
        }
      },
    };
  },
});
