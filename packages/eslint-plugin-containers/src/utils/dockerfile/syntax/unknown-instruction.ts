import type { DockerfileUnknownInstruction } from "dockerfile-eslint-parser";
import { closestName } from "../../closest-name.js";
import { INSTRUCTIONS } from "./instruction-specs.js";
import { didYouMean, type SyntaxProblem } from "./problem.js";

/**
 * Does the last line with text before `offset` end with a shell operator (`&&`, `||`, `|`)?
 * Then the unknown "instruction" is most likely a command whose continuation `\` is missing.
 */
function endsWithOperator(text: string, offset: number): boolean {
  let end = offset;
  while (end > 0) {
    // Back to the previous line break (`lastIndexOf("\r")` scanned the whole file when it had none).
    let start = end;
    while (start > 0 && text[start - 1] !== "\n" && text[start - 1] !== "\r") start--;
    const line = text.slice(start, end).trim();
    if (line !== "" && !line.startsWith("#")) return /(?:&&|\|\||\|)$/u.test(line);
    end = start - 1;
  }
  return false;
}

/** A keyword Docker does not know, with a did-you-mean or a hint at a lost continuation. */
export function checkUnknownInstruction(instruction: DockerfileUnknownInstruction, text: string): SyntaxProblem[] {
  const { keyword } = instruction;
  const suggestion = endsWithOperator(text, keyword.range[0])
    ? " (is the `\\` at the end of the line before missing?)"
    : didYouMean(closestName(keyword.value, INSTRUCTIONS));
  return [{ messageId: "unknownInstruction", data: { keyword: keyword.raw, suggestion }, range: keyword.range }];
}
