/** A text edit: replace `range` of the source with `text`. */
export interface TextEdit {
  range: [number, number];
  text: string;
}

/**
 * The edit that deletes the whole lines a node spans, for fixes that remove an entry.
 * Null when other code shares those lines (deleting the lines would delete it too).
 * A `#` comment after the node on its last line is kept, on its own line at the same indent,
 * so a fix never drops a comment. Works with LF and CRLF line ends.
 */
export function removeLinesEdit(text: string, range: readonly [number, number]): TextEdit | null {
  const lineStart = text.lastIndexOf("\n", range[0] - 1) + 1;
  const indent = text.slice(lineStart, range[0]);
  if (!/^[ \t]*$/u.test(indent)) return null;

  const newline = text.indexOf("\n", range[1]);
  const lineEnd = newline === -1 ? text.length : newline;
  const contentEnd = text[lineEnd - 1] === "\r" ? lineEnd - 1 : lineEnd;
  const rest = text.slice(range[1], contentEnd).trim();
  if (rest !== "" && !rest.startsWith("#")) return null;

  if (rest !== "") return { range: [lineStart, contentEnd], text: `${indent}${rest}` };
  if (newline !== -1) return { range: [lineStart, newline + 1], text: "" };
  // The last line has no line break of its own: take the one before it instead.
  if (lineStart === 0) return { range: [0, text.length], text: "" };
  const previousBreak = text[lineStart - 2] === "\r" ? lineStart - 2 : lineStart - 1;
  return { range: [previousBreak, text.length], text: "" };
}
