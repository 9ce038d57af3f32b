import type { Position, Range, SourceLocation } from "./ast.js";

/** Line breaks as ESLint counts them in our languages (and as dockerfile-ast counts them). */
export const LINE_BREAK = /\r\n|[\r\n]/gu;

/** Converts between offsets, ESTree positions and dockerfile-ast's LSP positions. */
export class LineIndex {
  /** Offset at which each line starts. */
  readonly lineStarts: number[] = [0];

  constructor(readonly text: string) {
    for (const match of text.matchAll(LINE_BREAK)) {
      this.lineStarts.push(match.index + match[0].length);
    }
  }

  /** ESTree position (1-based line, 0-based column) of an offset. */
  positionAt(offset: number): Position {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.lineStarts[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - this.lineStarts[low] };
  }

  /** Offset of an LSP position (0-based line and character), as dockerfile-ast reports them. */
  offsetAt(position: { line: number; character: number }): number {
    if (position.line >= this.lineStarts.length) return this.text.length;
    return Math.min(this.lineStarts[position.line] + position.character, this.text.length);
  }

  loc(range: Range): SourceLocation {
    return this.locOf(range[0], range[1]);
  }

  locOf(start: number, end: number): SourceLocation {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }

  /** Offsets of an LSP range. */
  rangeOf(lspRange: { start: { line: number; character: number }; end: { line: number; character: number } }): Range {
    return [this.offsetAt(lspRange.start), this.offsetAt(lspRange.end)];
  }
}
