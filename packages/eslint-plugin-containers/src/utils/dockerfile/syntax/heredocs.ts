import type { DockerfileInstruction } from "dockerfile-eslint-parser";
import type { SyntaxContext, SyntaxProblem } from "./problem.js";
import type { Word } from "./words.js";

/** A heredoc word as BuildKit recognises it: `<<EOF`, `<<-EOF`, `<<"EOF"`, `2<<EOF`. */
const HEREDOC_WORD = /^\d*<<(-?)(["']?)([^<"'\s]+)\2$/u;
const HEREDOC_INSTRUCTIONS = new Set(["DockerfileRun", "DockerfileCopy", "DockerfileAdd"]);

/**
 * A heredoc of RUN, COPY or ADD whose closing delimiter never comes: Docker fails with
 * "unterminated heredoc". Such an instruction runs to the end of the file, which is checked too.
 */
export function checkHeredocs(instruction: DockerfileInstruction, words: Word[], context: SyntaxContext): SyntaxProblem[] {
  if (!HEREDOC_INSTRUCTIONS.has(instruction.type)) return [];
  if (instruction.type === "DockerfileRun" && instruction.command?.type !== "DockerfileShellForm") return [];
  if (context.text.slice(instruction.range[1]).trim() !== "") return [];
  const firstLineEnd = words.length > 0 ? words[words.length - 1].range[1] : instruction.range[1];
  const lines = context.text.slice(firstLineEnd, instruction.range[1]).split(/\r\n|\r|\n/u).slice(1);
  let line = 0;
  for (const word of words) {
    const match = HEREDOC_WORD.exec(word.raw);
    if (!match) continue;
    const [, strip, , delimiter] = match;
    const end = lines.findIndex((text, index) => index >= line && (strip ? text.replace(/^\t+/u, "") : text) === delimiter);
    if (end < 0) return [{ messageId: "unterminatedHeredoc", data: { delimiter }, range: word.range }];
    line = end + 1;
  }
  return [];
}
