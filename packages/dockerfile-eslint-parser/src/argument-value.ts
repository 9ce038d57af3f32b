import { isEscaped } from "./shell/shell-text.js";

/**
 * The value of an instruction's word, computed once from its source text the way Docker's word
 * processing reads it, without expanding variables: line continuations are joined (with the
 * empty and comment lines inside them dropped), quotes removed, and each escape drops the escape
 * character (`C:\\docs` gives `C:\docs`). Inside double quotes only `"`, `$` and the escape
 * character itself are escaped (`"C:\docs"` keeps its backslash), as in BuildKit's shell lexer;
 * inside single quotes nothing is.
 */
export function argumentValue(raw: string, escapeCharacter: string): string {
  if (!needsProcessing(raw, escapeCharacter)) return raw;
  const parts: string[] = [];
  let quote: string | null = null;
  let from = 0;
  let index = 0;
  while (index < raw.length) {
    const char = raw[index];
    if (char === escapeCharacter) {
      const next = continuationEnd(raw, index, escapeCharacter);
      if (next !== -1) {
        parts.push(raw.slice(from, index));
        index = from = next;
        continue;
      }
      if (index + 1 < raw.length && (quote === null || (quote === '"' && escapableInDoubleQuotes(raw[index + 1], escapeCharacter)))) {
        parts.push(raw.slice(from, index));
        from = index + 1;
        index += 2;
        continue;
      }
    } else if ((char === '"' || char === "'") && (quote === null || quote === char)) {
      parts.push(raw.slice(from, index));
      quote = quote === null ? char : null;
      from = index + 1;
    }
    index++;
  }
  parts.push(raw.slice(from));
  const value = parts.join("");
  return value === raw ? raw : value;
}

function escapableInDoubleQuotes(char: string, escapeCharacter: string): boolean {
  return char === '"' || char === "$" || char === escapeCharacter;
}

function needsProcessing(raw: string, escapeCharacter: string): boolean {
  return raw.includes(escapeCharacter) || raw.includes('"') || raw.includes("'");
}

/**
 * Where the text continues when the escape character at `index` ends its line (blanks may follow
 * it), past the empty and comment lines Docker drops inside a continuation; -1 when it does not
 * end the line, or is itself escaped (`C:\\` at the end of a line is literal, see
 * escaped-line-ends.ts).
 */
function continuationEnd(raw: string, index: number, escapeCharacter: string): number {
  let at = index + 1;
  while (raw[at] === " " || raw[at] === "\t") at++;
  if (raw[at] !== "\n" && raw[at] !== "\r") return -1;
  if (isEscaped(raw, index, escapeCharacter)) return -1;
  for (;;) {
    at += raw[at] === "\r" && raw[at + 1] === "\n" ? 2 : 1;
    let lineEnd = at;
    while (lineEnd < raw.length && raw[lineEnd] !== "\n" && raw[lineEnd] !== "\r") lineEnd++;
    const line = raw.slice(at, lineEnd).trimStart();
    if (lineEnd === raw.length || (line !== "" && !line.startsWith("#"))) return at;
    at = lineEnd;
  }
}
