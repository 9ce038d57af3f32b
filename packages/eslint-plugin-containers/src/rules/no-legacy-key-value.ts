import type { DockerfileKeyValue } from "dockerfile-eslint-parser";
import type { Rule } from "eslint";
import { createRule, type RuleContext } from "../utils/create-rule.js";
import { findAncestor } from "../utils/dockerfile/ancestors.js";
import { hasUnquotedWhitespace, requoteUnquoted } from "../utils/dockerfile/quote.js";

export default createRule("no-legacy-key-value", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Require `ENV key=value` and `LABEL key=value` instead of the legacy `key value` form",
      config: "recommended",
    },
    languages: ["dockerfile"],
    fixable: "code",
    schema: [],
    messages: {
      legacy:
        "`{{keyword}} {{key}} ...` is the legacy form, which takes the rest of the line as the value; write `{{keyword}} {{key}}=...`.",
    },
  },
  create(context: RuleContext) {
    return {
      "DockerfileEnv > DockerfileKeyValue[legacy=true], DockerfileLabel > DockerfileKeyValue[legacy=true]"(pair: DockerfileKeyValue) {
        const instruction = pair.parent as { keyword: { value: string } };
        const escape = findAncestor(pair, "Program")?.escapeCharacter ?? "\\";
        const value = pair.value;
        let fix: Rule.ReportFixer | null = null;
        if (value && !/[\r\n]/u.test(value.raw)) {
          const gap: [number, number] = [pair.key.range[1], value.range[0]];
          const split = hasUnquotedWhitespace(value.raw, escape);
          if (split === false) {
            // One word: the same word after `=` has the same value.
            fix = (fixer) => fixer.replaceTextRange(gap, "=");
          } else if (split === true) {
            // Unquoted words: inside double quotes they keep their spaces, and `$` still expands.
            const quoted = requoteUnquoted(value.raw, escape);
            if (quoted !== null) fix = (fixer) => fixer.replaceTextRange([gap[0], value.range[1]], `=${quoted}`);
          }
        }
        context.report({
          node: pair,
          messageId: "legacy",
          data: { keyword: instruction.keyword.value, key: pair.key.value },
          fix,
        });
      },
    };
  },
});
