import type { AST } from "yaml-eslint-parser";
import { createRule } from "../utils/create-rule.js";
import {
  compareNames,
  firstOutOfOrder,
  getComposeRoot,
  getKeyName,
  getScalarString,
  reorderEntriesEdit,
  sortedOrder,
  writtenServiceValues,
} from "../utils/compose/index.js";

export default createRule("compose-sort-depends-on", {
  meta: {
    type: "layout",
    docs: {
      description: "Require the services in `depends_on` in alphabetical order",
      config: "stylistic",
    },
    languages: ["compose"],
    fixable: "code",
    schema: [],
    messages: {
      unsorted: 'Dependency "{{name}}" should come before "{{previous}}": keep `depends_on` in alphabetical order.',
    },
  },
  create(context) {
    return {
      Program() {
        // Only lists written in the service (an aliased list is checked where it is written).
        for (const { value } of writtenServiceValues(getComposeRoot(context), "depends_on")) {
          let names: string[];
          let nodes: AST.YAMLNode[];
          if (value.type === "YAMLSequence") {
            const items = value.entries.filter((item) => item !== null) as Array<AST.YAMLContent | AST.YAMLWithMeta>;
            names = items.map((item) => getScalarString(item) ?? "");
            nodes = items;
          } else if (value.type === "YAMLMapping") {
            names = value.pairs.map((pair) => getKeyName(pair) ?? "");
            nodes = value.pairs.map((pair) => pair.key ?? pair);
          } else continue;
          const index = firstOutOfOrder(names, compareNames);
          if (index === -1) continue;
          const edit = reorderEntriesEdit(context.sourceCode.text, value, sortedOrder(names, compareNames));
          context.report({
            node: nodes[index],
            messageId: "unsorted",
            data: { name: names[index], previous: names[index - 1] },
            fix: edit ? (fixer) => fixer.replaceTextRange(edit.range, edit.text) : null,
          });
        }
      },
    };
  },
});
