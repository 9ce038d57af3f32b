import type { DockerfileInstruction } from "dockerfile-eslint-parser";
import type { SyntaxContext, SyntaxProblem } from "./problem.js";
import { logicalLine, type Word } from "./words.js";

/** Instructions whose words Docker's shell lexer reads (it fails on an unclosed quote). */
const LEXED_WORDS = new Set([
  "DockerfileFrom", "DockerfileCopy", "DockerfileAdd", "DockerfileEnv", "DockerfileLabel", "DockerfileArg",
  "DockerfileUser", "DockerfileWorkdir", "DockerfileVolume", "DockerfileExpose", "DockerfileStopsignal",
]);

/** Instructions whose arguments Docker splits on whitespace, quotes or not. */
const SPLIT_ON_SPACES = new Set(["DockerfileFrom", "DockerfileCopy", "DockerfileAdd", "DockerfileVolume", "DockerfileExpose"]);
const PATH_HINT = "; for a path with spaces use the JSON form, `[\"a b\", \"/dest/\"]`";

const quoteName = (char: string) => (char === "'" ? "single" : "double");

/** An unclosed quote in the words of an instruction Docker expands (`ENV A="x`, `COPY "a b /c`). */
export function checkWordQuotes(instruction: DockerfileInstruction, words: Word[], context: SyntaxContext): SyntaxProblem[] {
  if (!LEXED_WORDS.has(instruction.type)) return [];
  // Exec-form COPY/ADD/VOLUME are JSON, judged elsewhere.
  if (words.find((word) => !word.raw.startsWith("--"))?.raw.startsWith("[")) return [];
  const problems: SyntaxProblem[] = [];
  for (const word of words) {
    if (word.openQuote >= 0) {
      const at = word.openQuote;
      problems.push({ messageId: "unterminatedQuote", data: { quote: quoteName(context.text[at]) }, range: [at, at + 1] });
    } else if (SPLIT_ON_SPACES.has(instruction.type) && !word.raw.startsWith("--") && /\s/u.test(word.raw) && /["']/u.test(word.raw)) {
      // `COPY "a b" /x`: Docker reads `"a` and `b"`, each with a quote that never closes.
      const at = word.range[0] + word.raw.search(/["']/u);
      const hint = instruction.type === "DockerfileFrom" || instruction.type === "DockerfileExpose" ? "" : PATH_HINT;
      problems.push({ messageId: "splitQuote", data: { keyword: instruction.keyword.value, hint }, range: [at, at + 1] });
    }
  }
  return problems;
}

/**
 * An unclosed quote in a POSIX shell form. Reported only when tree-sitter-bash also failed to
 * parse the script, so quoting it understands (nested `$(...)`, `$'...'`) is never reported.
 */
export function checkShellQuotes(instruction: DockerfileInstruction, context: SyntaxContext): SyntaxProblem[] {
  const form = "command" in instruction ? instruction.command : null;
  if (form?.type !== "DockerfileShellForm" || !form.script?.hasError) return [];
  const line = logicalLine(instruction, context);
  const text = line.padded.slice(form.range[0] - line.offset);
  if (text.includes("<<")) return [];
  const open = unclosedShellQuote(text);
  if (open < 0) return [];
  const at = form.range[0] + open;
  return [{ messageId: "unterminatedQuote", data: { quote: quoteName(context.text[at]) }, range: [at, at + 1] }];
}

type Context = "top" | "single" | "double" | "ansi" | "substitution" | "backtick" | "group";

/** Offset of the outermost quote left open at the end of `text`, or -1. */
export function unclosedShellQuote(text: string): number {
  const stack: Array<{ context: Context; at: number }> = [{ context: "top", at: -1 }];
  for (let index = 0; index < text.length; index++) {
    const { context } = stack[stack.length - 1];
    const char = text[index];
    const next = text[index + 1];
    if (context === "single") {
      if (char === "'") stack.pop();
      continue;
    }
    if (char === "\\") {
      index++;
      continue;
    }
    if (context === "ansi") {
      if (char === "'") stack.pop();
      continue;
    }
    if (context === "double") {
      if (char === '"') stack.pop();
      else if (char === "$" && next === "(") stack.push({ context: "substitution", at: index++ });
      else if (char === "`") stack.push({ context: "backtick", at: index });
      continue;
    }
    // Unquoted: top level, inside $( ), ( ) or backticks.
    if (char === "'") stack.push({ context: "single", at: index });
    else if (char === '"') stack.push({ context: "double", at: index });
    else if (char === "$" && next === "'") stack.push({ context: "ansi", at: index++ });
    else if (char === "$" && next === "(") stack.push({ context: "substitution", at: index++ });
    else if (char === "(") stack.push({ context: "group", at: index });
    else if (char === ")" && (context === "substitution" || context === "group")) stack.pop();
    else if (char === "`") {
      if (context === "backtick") stack.pop();
      else stack.push({ context: "backtick", at: index });
    } else if (char === "#" && (index === 0 || /[\s;|&(]/u.test(text[index - 1]))) {
      // A comment runs to the end of the line.
      while (index + 1 < text.length && text[index + 1] !== "\n") index++;
    }
  }
  const open = stack.find((entry) => entry.context === "single" || entry.context === "double" || entry.context === "ansi");
  return open ? open.at + (text[open.at] === "$" ? 1 : 0) : -1;
}
