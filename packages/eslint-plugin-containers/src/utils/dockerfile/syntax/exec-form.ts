import type { DockerfileInstruction } from "dockerfile-eslint-parser";
import { scanJsonArray } from "./json-array.js";
import type { SyntaxContext, SyntaxProblem } from "./problem.js";
import { instructionWords, logicalLine } from "./words.js";

/**
 * Text that starts with `[` but is not a JSON array of strings. Docker then silently falls back:
 * RUN, CMD, ENTRYPOINT and HEALTHCHECK CMD run the whole text as a shell command, COPY, ADD and
 * VOLUME read its words as paths, and SHELL fails. A JSON array holding a non-string fails.
 * Only text that was meant as JSON is judged: `[` followed directly by a quote, or by a quoted
 * string and a comma. `[ -f x ]` and `[ "$a" = b ]` are shell tests, `[[` too, and
 * `[Net.ServicePointManager]::...` is PowerShell.
 */
const MEANT_AS_JSON = /^\[(?:["']|\s*(?:"(?:[^"\\]|\\.)*"|'[^']*')\s*,)/u;

const FALLBACKS: Record<string, string> = {
  COPY: "reads the words, brackets and quotes included, as paths",
  ADD: "reads the words, brackets and quotes included, as paths",
  VOLUME: "reads the words, brackets and quotes included, as paths",
  SHELL: "rejects SHELL without the JSON form",
};
const SHELL_FALLBACK = "runs the whole text as a shell command";

/** Where the exec form would start: the first word after the flags (after `CMD` for HEALTHCHECK). */
function argumentStart(instruction: DockerfileInstruction, context: SyntaxContext): number | null {
  switch (instruction.type) {
    case "DockerfileRun":
    case "DockerfileCmd":
    case "DockerfileEntrypoint":
    case "DockerfileShell":
    case "DockerfileHealthcheck":
      return instruction.command?.type === "DockerfileShellForm" ? instruction.command.range[0] : null;
    case "DockerfileCopy":
    case "DockerfileAdd":
    case "DockerfileVolume":
      // The parser may already have read a broken array as the exec form: look at the words.
      return instructionWords(instruction, context).find((word) => !word.raw.startsWith("--"))?.range[0] ?? null;
    default:
      return null;
  }
}

export function checkExecForm(instruction: DockerfileInstruction, context: SyntaxContext): SyntaxProblem[] {
  const start = argumentStart(instruction, context);
  if (start === null || context.text[start] !== "[") return [];
  const line = logicalLine(instruction, context);
  const text = line.padded.slice(start - line.offset).trimEnd();
  // SHELL has no shell form to fall back to: any `[` text that is not JSON fails.
  if (instruction.type !== "DockerfileShell" && !MEANT_AS_JSON.test(text)) return [];
  const scan = scanJsonArray(text);
  if (scan.kind === "strings") return [];
  if (scan.kind === "not-string") {
    const range: [number, number] = [start + scan.start, start + scan.end];
    return [{ messageId: "jsonNotString", data: { value: context.text.slice(...range) }, range }];
  }
  // A missing `]` is reported at the `[` it should close.
  const at = scan.at >= text.length ? start : start + scan.at;
  return [{
    messageId: "invalidJson",
    data: { reason: scan.reason, fallback: FALLBACKS[instruction.keyword.value] ?? SHELL_FALLBACK },
    range: [at, at + 1],
  }];
}
