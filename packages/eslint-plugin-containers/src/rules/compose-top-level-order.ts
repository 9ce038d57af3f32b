import { createRule } from "../utils/create-rule.js";
import { compareNames, firstOutOfOrder, getComposeRoot, getKeyName, reorderEntriesEdit, sortedOrder } from "../utils/compose/index.js";

type Options = [{ order?: string[] }];

/** `x-properties` stands for every `x-` extension key, sorted alphabetically among themselves. */
const EXTENSIONS = "x-properties";
export const DEFAULT_TOP_LEVEL_ORDER = [EXTENSIONS, "version", "name", "include", "services", "networks", "volumes", "secrets", "configs"];

export default createRule<Options>("compose-top-level-order", {
  meta: {
    type: "layout",
    docs: {
      description: "Require the top-level keys of a Compose file in a fixed order",
      config: "stylistic",
    },
    languages: ["compose"],
    fixable: "code",
    schema: [
      {
        type: "object",
        properties: { order: { type: "array", items: { type: "string" }, uniqueItems: true } },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ order: DEFAULT_TOP_LEVEL_ORDER }],
    messages: {
      unordered: "Top-level key `{{name}}` should come before `{{previous}}` (order: {{order}}).",
    },
  },
  create(context) {
    const order = context.options[0]?.order ?? DEFAULT_TOP_LEVEL_ORDER;
    // Keys missing from a custom order follow in the default order, then unknown keys as written.
    const full = [...order, ...DEFAULT_TOP_LEVEL_ORDER.filter((key) => !order.includes(key))];
    const rank = (key: string) => {
      const position = full.indexOf(key.startsWith("x-") ? EXTENSIONS : key);
      return position === -1 ? full.length : position;
    };
    const compare = (a: string, b: string) =>
      rank(a) - rank(b) || (a.startsWith("x-") && b.startsWith("x-") ? compareNames(a, b) : 0);
    return {
      Program() {
        const root = getComposeRoot(context);
        if (!root) return;
        const names = root.pairs.map((pair) => getKeyName(pair) ?? "");
        const index = firstOutOfOrder(names, compare);
        if (index === -1) return;
        const edit = reorderEntriesEdit(context.sourceCode.text, root, sortedOrder(names, compare));
        context.report({
          node: root.pairs[index].key ?? root.pairs[index],
          messageId: "unordered",
          data: { name: names[index], previous: names[index - 1], order: full.join(", ") },
          fix: edit ? (fixer) => fixer.replaceTextRange(edit.range, edit.text) : null,
        });
      },
    };
  },
});
