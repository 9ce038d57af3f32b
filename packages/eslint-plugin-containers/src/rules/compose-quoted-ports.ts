import type { AST } from "yaml-eslint-parser";
import { createRule, type RuleContext } from "../utils/create-rule.js";
import { findEntry, getComposeRoot, getSequenceItems, getServices } from "../utils/compose/index.js";

const PORT_KEYS = ["ports", "expose"] as const;

type Options = [{ always?: boolean }];

/**
 * What YAML 1.1 reads as a base-60 (sexagesimal) number: `22:22` is 1342, `3306:33` is 198393.
 * Groups after the first are 0-59, so `8080:80` is not one (YAML 1.1's
 * `[-+]?[1-9][0-9_]*(:[0-5]?[0-9])+`, and its float form with a fraction).
 */
const SEXAGESIMAL = /^[-+]?(?:[1-9][0-9_]*(?::[0-5]?[0-9])+|[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*)$/u;

/** Characters that would change meaning inside double quotes, or a value spread over lines. */
const UNSAFE_TO_QUOTE = /["\\\n\r]/u;

export default createRule<Options>("compose-quoted-ports", {
  meta: {
    type: "problem",
    docs: {
      description: "Require quotes on `ports` and `expose` entries that YAML 1.1 would read as base-60 numbers (or on all, with `always`)",
      config: "recommended",
    },
    languages: ["compose"],
    fixable: "code",
    schema: [
      {
        type: "object",
        properties: { always: { type: "boolean" } },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ always: false }],
    messages: {
      sexagesimal:
        "Quote the {{key}} entry {{port}}: unquoted, a YAML 1.1 parser reads it as a base-60 number ({{number}}), not as ports.",
      unquoted:
        "Quote the {{key}} entry {{port}}: unquoted, a YAML 1.1 parser can read a value like 22:22 as a base-60 number.",
    },
  },
  create(context: RuleContext<Options>) {
    const always = context.options[0]?.always ?? false;
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
              const misread = SEXAGESIMAL.test(text);
              if (!misread && !always) continue;
              context.report({
                node: item,
                messageId: misread ? "sexagesimal" : "unquoted",
                data: { key, port: text, number: misread ? String(sexagesimalValue(text)) : "" },
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

/** The number YAML 1.1 reads a base-60 value as (`22:22` -> 1342). */
function sexagesimalValue(text: string): number {
  const sign = text.startsWith("-") ? -1 : 1;
  const value = text
    .replace(/^[-+]/u, "")
    .replaceAll("_", "")
    .split(":")
    .reduce((total, part) => total * 60 + Number(part), 0);
  return sign * value;
}
