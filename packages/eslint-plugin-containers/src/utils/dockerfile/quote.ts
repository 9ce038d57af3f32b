/**
 * A double-quoted Dockerfile word whose value is `text` exactly: inside double quotes Docker's
 * lexer only treats the escape character before `"`, `$` or itself as an escape, so those three
 * are escaped and everything else is kept as written.
 */
export function doubleQuoted(text: string, escapeCharacter: string): string {
  let quoted = "";
  for (const char of text) quoted += char === '"' || char === "$" || char === escapeCharacter ? escapeCharacter + char : char;
  return `"${quoted}"`;
}

/**
 * Whether `raw` (a word as written) has whitespace outside quotes, i.e. would be split into
 * several words where Docker splits on whitespace. Null when the quotes are unbalanced.
 */
export function hasUnquotedWhitespace(raw: string, escapeCharacter: string): boolean | null {
  let quote: string | null = null;
  for (let index = 0; index < raw.length; index++) {
    const char = raw[index];
    if (char === escapeCharacter && quote !== "'") index++;
    else if (quote) {
      if (char === quote) quote = null;
    } else if (char === '"' || char === "'") quote = char;
    else if (/\s/u.test(char)) return true;
  }
  return quote ? null : false;
}

/**
 * The double-quoted word with the same value as the unquoted words `raw` (no quotes in it): an
 * escaped character stands for itself, so it keeps its escape only where double quotes need one
 * (`"`, `$`, the escape character); every other character, spaces included, is kept as written.
 * Null when `raw` has quotes.
 */
export function requoteUnquoted(raw: string, escapeCharacter: string): string | null {
  if (/["']/u.test(raw)) return null;
  let quoted = "";
  for (let index = 0; index < raw.length; index++) {
    const char = raw[index];
    if (char === escapeCharacter && index + 1 < raw.length) {
      const next = raw[++index];
      quoted += next === "$" || next === escapeCharacter ? escapeCharacter + next : next;
    } else quoted += char;
  }
  return `"${quoted}"`;
}
