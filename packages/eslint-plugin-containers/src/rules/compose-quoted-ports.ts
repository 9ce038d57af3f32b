import type { AST } from "yaml-eslint-parser";
import { createRule } from "../utils/create-rule.js";
import { findEntry, getComposeRoot, getSequenceItems, getServices } from "../utils/compose/index.js";

const PORT_KEYS = ["ports", "expose"] as const;

/** Characters that would change meaning inside double quotes, or a value spread over lines. */
const UNSAFE_TO_QUOTE = /["\\\n\r]/u;

export default createRule("compose-quoted-ports", {
  meta: {
    type: "problem",
    docs: {
      description: "Require `ports` and `expose` entries in Compose files to be quoted strings",
      config: "recommended",
    },
    languages: ["compose"],
    fixable: "code",
    schema: [],
    messages: {
      unquoted:
        "Quote the {{key}} entry {{port}}: unquoted, a YAML 1.1 parser can read a value like 22:22 as a base-60 number.",
    },
  },
  create(context) {
    return {
      Program() {
        // An anchored list shared by several services is reported once, not once per service.
        const reported = new Set<AST.YAMLScalar>();
        for (const service of getServices(getComposeRoot(context))) {
          for (const key of PORT_KEYS) {
            for (const item of getSequenceItems(findEntry(service.mapping, key)?.value)) {
              // Long syntax (mappings) and block scalars are not misread; quoted ones are fine.
              if (item.type !== "YAMLScalar" || item.style !== "plain" || item.value === null) continue;
              if (reported.has(item)) continue;
              reported.add(item);
              const text = context.sourceCode.getText(item);
              context.report({
                node: item,
                messageId: "unquoted",
                data: { key, port: text },
                fix: UNSAFE_TO_QUOTE.test(text)
                  ? null
                  : (fixer) => [
                      fixer.insertTextBeforeRange(item.range, '"'),
                      fixer.insertTextAfterRange(item.range, '"'),
                    ],
              });
            }
          }
        }
      },
    };
  },
});
