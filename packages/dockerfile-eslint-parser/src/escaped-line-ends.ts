import { isEscaped } from "./shell/shell-text.js";

/**
 * A character that stands in for an escape character at the end of a line in the text handed to
 * dockerfile-ast, where it would otherwise read an escaped escape (`C:\\Windows\\`) as a line
 * continuation. BuildKit reads it as a literal character (moby/buildkit#1559). One UTF-16 unit,
 * like the escape character, so offsets do not move; a private-use code point never in a file.
 */
export const LITERAL_ESCAPE = "\uE000";

/**
 * The text with the last character of every escaped escape at the end of a line (trailing blanks
 * allowed) replaced by `LITERAL_ESCAPE`, or the text itself when there is none (almost always).
 */
export function maskEscapedLineEnds(text: string, escapeCharacter: string): string {
  if (!text.includes(escapeCharacter + escapeCharacter)) return text;
  let masked: string[] | null = null;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = lineStart;
    while (lineEnd < text.length && text[lineEnd] !== "\n" && text[lineEnd] !== "\r") lineEnd++;
    let last = lineEnd - 1;
    while (last >= lineStart && (text[last] === " " || text[last] === "\t")) last--;
    if (last > lineStart && text[last] === escapeCharacter && isEscaped(text.slice(lineStart, last + 1), last - lineStart, escapeCharacter)) {
      masked ??= text.split(""); // UTF-16 units, as offsets count them
      masked[last] = LITERAL_ESCAPE;
    }
    lineStart = lineEnd + (text[lineEnd] === "\r" && text[lineEnd + 1] === "\n" ? 2 : 1);
  }
  return masked ? masked.join("") : text;
}
