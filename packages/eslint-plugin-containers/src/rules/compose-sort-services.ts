import { createRule } from "../utils/create-rule.js";
import {
  compareNames,
  findEntry,
  firstOutOfOrder,
  getComposeRoot,
  getKeyName,
  reorderEntriesEdit,
  sortedOrder,
} from "../utils/compose/index.js";

export default createRule("compose-sort-services", {
  meta: {
    type: "layout",
    docs: {
      description: "Require the services of a Compose file in alphabetical order",
      config: "stylistic",
    },
    languages: ["compose"],
    fixable: "code",
    schema: [],
    messages: {
      unsorted: 'Service "{{name}}" should come before "{{previous}}": keep services in alphabetical order.',
    },
  },
  create(context) {
    return {
      Program() {
        const entry = findEntry(getComposeRoot(context), "services");
        // Only the mapping written here (not one reached through an alias or `<<`).
        const services = entry && !entry.mergedFrom ? entry.pair.value : null;
        const mapping = services?.type === "YAMLWithMeta" ? services.value : services;
        if (mapping?.type !== "YAMLMapping") return;
        const pairs = mapping.pairs;
        const names = pairs.map((pair) => getKeyName(pair) ?? "");
        const index = firstOutOfOrder(names, compareNames);
        if (index === -1) return;
        const edit = reorderEntriesEdit(context.sourceCode.text, mapping, sortedOrder(names, compareNames));
        context.report({
          node: pairs[index].key ?? pairs[index],
          messageId: "unsorted",
          data: { name: names[index], previous: names[index - 1] },
          fix: edit ? (fixer) => fixer.replaceTextRange(edit.range, edit.text) : null,
        });
      },
    };
  },
});
