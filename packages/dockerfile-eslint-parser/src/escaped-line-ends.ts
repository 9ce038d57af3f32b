import { isEscaped } from "./shell/shell-text.js";

/**
 * A character that stands in for an escape character at the end of a line in the text handed to
 * dockerfile-ast, where it would otherwise read an escaped escape (`C:\\Windows\\`) as a line
 * continuation. BuildKit reads it as a literal character (moby/buildkit#1559). One UTF-16 unit,
 * like the escape character, so offsets do not move; a private-use code point never in a file.
 */
export const LITERAL_ESCAPE = "\uE000";

const LINE_END = /([^\r\n]*?)([ \t]*)(\r\n|\r|\n|$)/gu;

/**
 * The text with the last character of every escaped escape at the end of a line replaced by
 * `LITERAL_ESCAPE`, or the text itself when there is none (almost always).
 */
export function maskEscapedLineEnds(text: string, escapeCharacter: string): string {
  const doubled = escapeCharacter + escapeCharacter;
  if (!text.includes(doubled)) return text;
  let masked = "";
  let changed = false;
  for (const match of text.matchAll(LINE_END)) {
    if (match[0] === "") break;
    const content = match[1];
    const last = content.length - 1;
    if (content.endsWith(doubled) && isEscaped(content, last, escapeCharacter)) {
      masked += content.slice(0, last) + LITERAL_ESCAPE + match[2] + match[3];
      changed = true;
    } else {
      masked += match[0];
    }
  }
  return changed ? masked : text;
}
