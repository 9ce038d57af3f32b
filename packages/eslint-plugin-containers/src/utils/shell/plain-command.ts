import type { ShellScript, ShellWord } from "dockerfile-eslint-parser";

/** Characters that make a word mean more than its text to the shell: globs and `~`. */
const SHELL_PATTERN = /[*?[\]~]/u;

/**
 * The words of a script that is one plain command (no operators, redirections, assignments,
 * expansions or globs), or null. Such a command runs the same in exec form, so rewriting it
 * to `["prog", "arg"]` is safe.
 */
export function plainCommandWords(script: ShellScript | null): ShellWord[] | null {
  if (!script || script.hasError || script.heredocs.length > 0 || script.body.length !== 1) return null;
  const command = script.body[0];
  if (command.type !== "ShellCommand" || command.redirects.length > 0 || command.assignments.length > 0) return null;
  for (const word of command.words) {
    if (word.value === null || word.body.length > 0 || SHELL_PATTERN.test(word.value)) return null;
  }
  return command.words.length > 0 ? command.words : null;
}

/** An exec-form JSON array as Docker users write it: `["node", "server.js"]`. */
export function execFormText(argv: readonly string[]): string {
  return `[${argv.map((arg) => JSON.stringify(arg)).join(", ")}]`;
}

/**
 * The exec form of plain words, keeping the author's line layout: words that were on a
 * continuation line stay on that line, after the same escape character and indentation.
 * Docker joins continuation lines before it reads the JSON, so the array may span lines.
 */
export function execFormPreservingLines(words: readonly ShellWord[], text: string, escapeCharacter: string): string {
  let result = "[";
  for (const [index, word] of words.entries()) {
    const value = JSON.stringify(word.value);
    if (index === 0) {
      result += value;
      continue;
    }
    const previous = words[index - 1];
    if (word.loc.start.line === previous.loc.end.line) {
      result += `, ${value}`;
      continue;
    }
    const lineStart = text.lastIndexOf("\n", word.range[0] - 1) + 1;
    const indent = /^[ \t]*/u.exec(text.slice(lineStart))![0];
    const lineBreak = text[lineStart - 2] === "\r" ? "\r\n" : "\n";
    result += `, ${escapeCharacter}${lineBreak}${indent}${value}`;
  }
  return `${result}]`;
}
