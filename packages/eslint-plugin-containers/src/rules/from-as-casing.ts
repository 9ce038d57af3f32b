import type { DockerfileFrom } from "dockerfile-eslint-parser";
import { createRule, type RuleContext } from "../utils/create-rule.js";

export default createRule("from-as-casing", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Require the `AS` of a `FROM` to have the same casing as the `FROM` keyword",
      config: "recommended",
    },
    languages: ["dockerfile"],
    fixable: "code",
    schema: [],
    messages: {
      mismatch: "`{{as}}` does not match the casing of `{{from}}`; write `{{expected}}`.",
    },
  },
  create(context: RuleContext) {
    return {
      DockerfileFrom(from: DockerfileFrom) {
        const as = from.asKeyword;
        if (!as) return;
        // As Docker's FromAsCasing: a lowercase `from` wants `as`, any other `FROM` wants `AS`.
        const lower = from.keyword.raw === from.keyword.raw.toLowerCase();
        const expected = lower ? "as" : "AS";
        if (as.raw === expected) return;
        context.report({
          node: as,
          messageId: "mismatch",
          data: { as: as.raw, from: from.keyword.raw, expected },
          fix: (fixer) => fixer.replaceTextRange(as.range, expected),
        });
      },
    };
  },
});
