import type { Program } from "dockerfile-eslint-parser";
import { createRule, type RuleContext } from "../utils/create-rule.js";
import { nameReferences, referencedStage } from "../utils/dockerfile/stage-references.js";
import { getStages } from "../utils/dockerfile/stages.js";

export default createRule("stage-name-casing", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Require stage names to be lowercase",
      config: "recommended",
    },
    languages: ["dockerfile"],
    fixable: "code",
    schema: [],
    messages: {
      casing:
        "Stage name '{{name}}' is not lowercase; Docker matches stage names case-insensitively, so mixed case only misleads readers. Name it '{{lower}}'.",
    },
  },
  create(context: RuleContext) {
    return {
      Program(program: Program) {
        const text = context.sourceCode.text;
        const references = nameReferences(program, text);
        for (const stage of getStages(program)) {
          const name = stage.from.stageName;
          if (!name || !stage.name || stage.name === stage.name.toLowerCase() || name.raw !== stage.name) continue;
          const lower = stage.name.toLowerCase();
          const renames = references.filter((reference) => reference.name !== lower && referencedStage(program, reference) === stage);
          context.report({
            node: name,
            messageId: "casing",
            data: { name: stage.name, lower },
            fix: (fixer) => [
              fixer.replaceTextRange(name.range, lower),
              ...renames.map((reference) => fixer.replaceTextRange(reference.location.range, lower)),
            ],
          });
        }
      },
    };
  },
});
