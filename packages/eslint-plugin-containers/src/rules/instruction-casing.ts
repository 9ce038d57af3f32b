import type { Program } from "dockerfile-eslint-parser";
import { createRule, type RuleContext } from "../utils/create-rule.js";
import { allInstructions } from "../utils/dockerfile/instructions.js";

type Options = ["uppercase" | "consistent"];

export default createRule<Options>("instruction-casing", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Require instruction keywords in uppercase (or, with `consistent`, in one casing throughout the file)",
      config: "recommended",
    },
    languages: ["dockerfile"],
    fixable: "code",
    schema: [{ enum: ["uppercase", "consistent"] }],
    defaultOptions: ["uppercase"],
    messages: {
      notUppercase: "Instruction keyword `{{raw}}` is not uppercase; write `{{expected}}`.",
      inconsistent:
        "Instruction keyword `{{raw}}` does not match the {{casing}} casing of most instructions in this file; write `{{expected}}`.",
    },
  },
  create(context: RuleContext<Options>) {
    const mode = context.options[0] ?? "uppercase";
    return {
      Program(program: Program) {
        // Unknown keywords are `valid-syntax`'s business: their casing means nothing.
        const keywords = allInstructions(program)
          .filter((instruction) => instruction.type !== "DockerfileUnknownInstruction")
          .map((instruction) => instruction.keyword);
        let lower = false;
        if (mode === "consistent") {
          // As Docker's ConsistentInstructionCasing: the majority decides, a tie is uppercase.
          const lowerCount = keywords.filter((keyword) => keyword.raw === keyword.raw.toLowerCase()).length;
          const upperCount = keywords.filter((keyword) => keyword.raw === keyword.raw.toUpperCase()).length;
          lower = lowerCount > upperCount;
        }
        for (const keyword of keywords) {
          const expected = lower ? keyword.raw.toLowerCase() : keyword.raw.toUpperCase();
          if (keyword.raw === expected) continue;
          context.report({
            node: keyword,
            messageId: mode === "consistent" ? "inconsistent" : "notUppercase",
            data: { raw: keyword.raw, expected, casing: lower ? "lowercase" : "uppercase" },
            fix: (fixer) => fixer.replaceTextRange(keyword.range, expected),
          });
        }
      },
    };
  },
});
