import type { DockerfileInstruction, DockerfileStage } from "dockerfile-eslint-parser";
import { createRule, type RuleContext } from "../utils/create-rule.js";
import { removeLinesEdit } from "../utils/remove-lines.js";

/** Instructions of which only the last one in a stage takes effect. */
const SINGLE = new Set(["DockerfileCmd", "DockerfileEntrypoint", "DockerfileHealthcheck"]);

export default createRule("no-duplicate-instructions", {
  meta: {
    type: "problem",
    docs: {
      description: "Disallow more than one CMD, ENTRYPOINT or HEALTHCHECK in a stage",
      config: "recommended",
    },
    languages: ["dockerfile"],
    hasSuggestions: true,
    schema: [],
    messages: {
      overridden:
        "Only the last {{keyword}} of a stage takes effect, and this one is overridden by the {{keyword}} on line {{line}}; remove it.",
      remove: "Remove this {{keyword}}.",
    },
  },
  create(context: RuleContext) {
    const text = context.sourceCode.text;
    return {
      DockerfileStage(stage: DockerfileStage) {
        const last = new Map<string, DockerfileInstruction>();
        for (const instruction of stage.body) if (SINGLE.has(instruction.type)) last.set(instruction.type, instruction);
        for (const instruction of stage.body) {
          const winner = last.get(instruction.type);
          if (!winner || winner === instruction) continue;
          const keyword = instruction.keyword.value;
          const edit = removeLinesEdit(text, instruction.range);
          context.report({
            node: instruction.keyword,
            messageId: "overridden",
            data: { keyword, line: winner.loc.start.line },
            suggest: edit ? [{ messageId: "remove", data: { keyword }, fix: (fixer) => fixer.replaceTextRange(edit.range, edit.text) }] : [],
          });
        }
      },
    };
  },
});
