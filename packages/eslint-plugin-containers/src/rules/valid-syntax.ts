import { LineIndex, type DockerfileInstruction, type DockerfileUnknownInstruction, type Program } from "dockerfile-eslint-parser";
import { closestName } from "../utils/closest-name.js";
import { createRule, type RuleContext } from "../utils/create-rule.js";
import {
  checkArguments,
  checkDirectives,
  checkExecForm,
  checkFlags,
  checkCopySources,
  checkHeredocs,
  checkImageReference,
  checkShellQuotes,
  checkStopSignal,
  checkWordQuotes,
  didYouMean,
  instructionWords,
  INSTRUCTIONS,
  leadingFlags,
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

/**
 * Does the last line with text before `offset` end with a shell operator (`&&`, `||`, `|`)?
 * Then the unknown "instruction" is most likely a command whose continuation `\` is missing.
 */
function endsWithOperator(text: string, offset: number): boolean {
  let end = offset;
  while (end > 0) {
    const start = Math.max(text.lastIndexOf("\n", end - 1), text.lastIndexOf("\r", end - 1)) + 1;
    const line = text.slice(start, end).trim();
    if (line !== "" && !line.startsWith("#")) return /(?:&&|\|\||\|)$/u.test(line);
    end = start - 1;
  }
  return false;
}

/** The checks of one known instruction. */
function checkInstruction(instruction: DockerfileInstruction, context: SyntaxContext): SyntaxProblem[] {
  const words = instructionWords(instruction, context);
  const flags = leadingFlags(words);
  const problems = [
    ...checkFlags(instruction, flags),
    ...checkArguments(instruction, words.slice(flags.length)),
    ...checkExecForm(instruction, context),
    ...checkWordQuotes(instruction, words, context),
    ...checkHeredocs(instruction, words, context),
    ...checkCopySources(instruction, flags),
    ...checkStopSignal(instruction),
  ];
  if (instruction.type === "DockerfileFrom") problems.push(...checkImageReference(instruction));
  if ("command" in instruction && instruction.command?.type === "DockerfileShellForm") {
    problems.push(...checkShellQuotes(instruction, instruction.command, context));
  }
  return problems;
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
    const lines = new LineIndex(text);
    const report = (problems: SyntaxProblem[]) => {
      for (const problem of problems) {
        context.report({ loc: lines.loc(problem.range), messageId: problem.messageId, data: problem.data });
      }
    };

    return {
      Program() {
        report(checkDirectives(program, text));
      },
      [INSTRUCTION_SELECTOR](instruction: DockerfileInstruction) {
        report(checkInstruction(instruction, syntax));
      },
      DockerfileUnknownInstruction(instruction: DockerfileUnknownInstruction) {
        const { keyword } = instruction;
        const suggestion = endsWithOperator(text, keyword.range[0])
          ? " (is the `\\` at the end of the line before missing?)"
          : didYouMean(closestName(keyword.value, INSTRUCTIONS));
        report([{ messageId: "unknownInstruction", data: { keyword: keyword.raw, suggestion }, range: keyword.range }]);
      },
    };
  },
});
