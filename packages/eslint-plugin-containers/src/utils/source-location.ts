import type { Located } from "./create-rule.js";

/**
 * A reportable location for a range of the source text (for a piece of a node, such as one
 * variable inside an argument): ESLint's 1-based lines and 0-based columns, with `\r\n`, `\r`
 * and `\n` each one line break, as the parsers count them.
 */
export function locatedRange(text: string, range: [number, number]): Located {
  return { range, loc: { start: positionAt(text, range[0]), end: positionAt(text, range[1]) } };
}

function positionAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const breaks = before.match(/\r\n|\r|\n/gu) ?? [];
  const lastBreak = Math.max(before.lastIndexOf("\n"), before.lastIndexOf("\r"));
  return { line: breaks.length + 1, column: offset - (lastBreak + 1) };
}
