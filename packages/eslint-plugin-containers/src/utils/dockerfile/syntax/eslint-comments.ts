import type { DockerfileInstruction, Program } from "dockerfile-eslint-parser";
import type { SyntaxContext, SyntaxProblem } from "./problem.js";
import { unclosedShellQuote } from "./quotes.js";
import { logicalLine } from "./words.js";

const DISABLE_LINE = /^\s*eslint-disable-line(?:\s|$)/u;
/** An ESLint directive written as an end-of-line comment: ` # eslint-disable-line rule`. */
const TRAILING_DIRECTIVE = /(?<=\s)#\s*(eslint(?:-disable(?:-next)?-line|-disable|-enable)?)(?=\s|$)/gu;

/**
 * `# eslint-disable-line` on a line of its own only covers that comment line: a Dockerfile has
 * no end-of-line comments, so it can never share a line with an instruction.
 */
export function checkDisableLineComments(program: Program): SyntaxProblem[] {
  return program.comments
    .filter((comment) => DISABLE_LINE.test(comment.value))
    .map((comment) => ({ messageId: "disableLineComment" as const, range: comment.range }));
}

/**
 * An ESLint directive at the end of an instruction (`RUN curl … | sh # eslint-disable-line`):
 * ESLint only reads `#` lines of their own, so it disables nothing (in a shell form it is a
 * shell comment; elsewhere Docker even reads it as arguments). The offset of its `#`, or -1.
 */
export function trailingDirectiveAt(instruction: DockerfileInstruction, context: SyntaxContext): { at: number; directive: string } | null {
  const line = logicalLine(instruction, context);
  // Most lines have no `#` at all.
  if (!line.padded.includes("#")) return null;
  for (const match of line.padded.matchAll(TRAILING_DIRECTIVE)) {
    // Not inside a quoted string.
    if (unclosedShellQuote(line.padded.slice(0, match.index)) < 0) return { at: line.offset + match.index, directive: match[1] };
  }
  return null;
}

export function checkTrailingDirective(instruction: DockerfileInstruction, context: SyntaxContext): SyntaxProblem[] {
  const found = trailingDirectiveAt(instruction, context);
  if (!found) return [];
  const end = context.text.slice(found.at).search(/[\r\n]|$/u) + found.at;
  return [{ messageId: "trailingEslintComment", data: { directive: found.directive }, range: [found.at, end] }];
}
