import type { DockerfileInstruction } from "dockerfile-eslint-parser";
import type { SyntaxProblem } from "./problem.js";
import type { Word } from "./words.js";

/**
 * Instructions whose arguments Docker reads as words or as the rest of the line. A shell form
 * is left out (`RUN make # build` is a shell comment), and so is legacy `ENV KEY value`, whose
 * value is the whole rest of the line by design (`ENV COLOR #fff`).
 */
const WORD_INSTRUCTIONS = new Set([
  "DockerfileFrom", "DockerfileCopy", "DockerfileAdd", "DockerfileUser", "DockerfileWorkdir", "DockerfileVolume",
  "DockerfileExpose", "DockerfileStopsignal", "DockerfileArg", "DockerfileEnv", "DockerfileLabel",
]);

/**
 * The index of a `#` word after an instruction's first argument, where someone wrote an
 * end-of-line comment (`WORKDIR /app # main`): Docker has none, and reads it as arguments. -1
 * when there is none.
 */
export function trailingCommentIndex(instruction: DockerfileInstruction, words: Word[]): number {
  if (!WORD_INSTRUCTIONS.has(instruction.type)) return -1;
  if ((instruction.type === "DockerfileEnv" || instruction.type === "DockerfileLabel") && instruction.pairs[0]?.legacy) return -1;
  const first = words.findIndex((word) => !word.raw.startsWith("--"));
  if (first < 0) return -1;
  return words.findIndex((word, index) => index > first && word.raw.startsWith("#"));
}

/** ` # eslint-disable-line`: reported as an ESLint directive that cannot work instead. */
function isEslintDirective(words: Word[], index: number): boolean {
  const text = words.slice(index, index + 2).map((word) => word.raw).join(" ");
  return /^#\s*eslint(?:-|\s|$)/u.test(text);
}

export function checkTrailingComment(instruction: DockerfileInstruction, words: Word[]): SyntaxProblem[] {
  const index = trailingCommentIndex(instruction, words);
  if (index < 0 || isEslintDirective(words, index)) return [];
  return [{
    messageId: "trailingComment",
    data: { keyword: instruction.keyword.value },
    range: [words[index].range[0], words[words.length - 1].range[1]],
  }];
}
