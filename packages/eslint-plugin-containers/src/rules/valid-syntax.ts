import { LineIndex, type DockerfileInstruction, type DockerfileUnknownInstruction, type Program } from "dockerfile-eslint-parser";
import { createRule, type RuleContext } from "../utils/create-rule.js";
import {
  checkArguments,
  checkCopySources,
  checkDirectives,
  checkDisableLineComments,
  checkExecForm,
  checkFlags,
  checkHeredocs,
  checkImageReference,
  checkShellQuotes,
  checkStopSignal,
  checkTrailingComment,
  checkTrailingDirective,
  checkUnknownInstruction,
  checkWordQuotes,
  instructionWords,
  leadingFlags,
  trailingCommentIndex,
  SYNTAX_MESSAGES,
  type SyntaxContext,
  type SyntaxProblem,
} from "../utils/dockerfile/syntax/index.js";

/** Every instruction type, ONBUILD triggers included (their listeners fire for the trigger too). */
const INSTRUCTION_SELECTOR = [
  "DockerfileFrom", "DockerfileRun", "DockerfileCmd", "DockerfileEntrypoint", "DockerfileHealthcheck", "DockerfileShell",
  "DockerfileCopy", "DockerfileAdd", "DockerfileEnv", "DockerfileLabel", "DockerfileArg", "DockerfileOnbuild",
  "DockerfileExpose", "DockerfileUser", "DockerfileWorkdir", "DockerfileVolume", "DockerfileStopsignal", "DockerfileMaintainer",
].join(", ");

/** The checks of one known instruction. */
function checkInstruction(instruction: DockerfileInstruction, context: SyntaxContext): SyntaxProblem[] {
  const words = instructionWords(instruction, context);
  const flags = leadingFlags(words);
  // Words after an end-of-line `#` are reported once, as the comment they were meant to be.
  const comment = trailingCommentIndex(instruction, words);
  const argumentWords = words.slice(flags.length, comment < 0 ? words.length : comment);
  const argumentsEnd = comment < 0 ? instruction.range[1] : words[comment].range[0];
  return [
    ...checkFlags(instruction, flags),
    ...checkTrailingComment(instruction, words),
    ...checkTrailingDirective(instruction, context),
    ...checkArguments(instruction, argumentWords, argumentsEnd),
    ...checkExecForm(instruction, context),
    ...checkWordQuotes(instruction, words, context),
    ...checkHeredocs(instruction, words, context),
    ...checkCopySources(instruction, flags),
    ...checkStopSignal(instruction),
    ...checkImageReference(instruction),
    ...checkShellQuotes(instruction, context),
  ];
}

export default createRule("valid-syntax", {
  meta: {
    type: "problem",
    docs: {
      description: "Report what Docker's Dockerfile parser rejects or silently ignores, and keep linting the rest",
      config: "recommended",
    },
    languages: ["dockerfile"],
    schema: [],
    messages: SYNTAX_MESSAGES,
  },
  create(context: RuleContext) {
    const { text } = context.sourceCode;
    const program = context.sourceCode.ast as Program;
    const syntax: SyntaxContext = { text, escapeCharacter: program.escapeCharacter };
    // Built on the first problem: most files have none.
    let lines: LineIndex | null = null;
    const report = (problems: SyntaxProblem[]) => {
      for (const problem of problems) {
        lines ??= new LineIndex(text);
        context.report({ loc: lines.loc(problem.range), messageId: problem.messageId, data: problem.data });
      }
    };

    return {
      Program() {
        report(checkDirectives(program, text));
        report(checkDisableLineComments(program));
      },
      [INSTRUCTION_SELECTOR](instruction: DockerfileInstruction) {
        report(checkInstruction(instruction, syntax));
      },
      DockerfileUnknownInstruction(instruction: DockerfileUnknownInstruction) {
        report(checkUnknownInstruction(instruction, text));
      },
    };
  },
});
