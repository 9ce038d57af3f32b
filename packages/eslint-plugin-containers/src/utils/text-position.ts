/**
 * The ESLint position (1-based line, 0-based column) of an offset in a text, with the line
 * breaks our languages count (`\r\n`, `\r`, `\n`). Rules that locate a finding inside a node
 * split the whole text before the offset on every finding: quadratic on a big file with many
 * findings. The line starts of the last text asked about are kept (rules ask about one file
 * at a time), so each lookup is a binary search.
 */
let cachedText: string | null = null;
let lineStarts: number[] = [0];

export function positionAt(text: string, offset: number): { line: number; column: number } {
  if (text !== cachedText) {
    lineStarts = [0];
    for (const match of text.matchAll(/\r\n|\r|\n/gu)) lineStarts.push(match.index + match[0].length);
    cachedText = text;
  }
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (lineStarts[middle] <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - lineStarts[low] };
}
