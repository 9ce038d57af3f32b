import type { Located } from "./create-rule.js";
import { positionAt } from "./text-position.js";

/**
 * A reportable location for a range of the source text (for a piece of a node, such as one
 * variable inside an argument): ESLint's 1-based lines and 0-based columns, with `\r\n`, `\r`
 * and `\n` each one line break, as the parsers count them.
 */
export function locatedRange(text: string, range: [number, number]): Located {
  return { range, loc: { start: positionAt(text, range[0]), end: positionAt(text, range[1]) } };
}


