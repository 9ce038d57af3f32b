/**
 * The AST of a `.dockerignore` file (documented in `docs/dockerignore-ast.md`).
 *
 * Every line of the file is one node of `Program.body`, in order: a pattern, a comment or a
 * blank line. Lines are split on `\n` (a `\r` before it belongs to the line break), the way
 * Docker's scanner reads the file. Ranges never include the line break.
 */
import type { SourceLocation } from "@eslint/core";

export type Range = [number, number];

interface BaseNode {
  range: Range;
  loc: SourceLocation;
}

/**
 * A pattern line. Docker trims the line, reads a leading `!` as an exception, cleans the path
 * (`./a/../b/` → `b`) and drops a leading `/`. The node's range is the trimmed text.
 */
export interface DockerignorePattern extends BaseNode {
  type: "DockerignorePattern";
  /** The trimmed line as written, `!` included: `!dist/keep.txt`. */
  raw: string;
  /** A `!` exception: re-includes what earlier patterns excluded. */
  negated: boolean;
  /** The pattern as written, after the `!` (and the spaces after it): `dist/keep.txt`. */
  pattern: string;
  /**
   * The pattern as Docker matches it: path-cleaned, without a leading `/` or `./` and without
   * a trailing `/`; `""` for a lone `!`, which Docker skips.
   */
  normalized: string;
}

/** A comment: a line whose very first character is `#`. An indented `#` is a pattern, as in Docker. */
export interface DockerignoreComment extends BaseNode {
  type: "DockerignoreComment";
  /** The text after `#`. */
  value: string;
}

/** An empty line or one of only spaces and tabs; its range covers those spaces. */
export interface DockerignoreBlankLine extends BaseNode {
  type: "DockerignoreBlankLine";
}

export type DockerignoreLine = DockerignorePattern | DockerignoreComment | DockerignoreBlankLine;

export interface DockerignoreProgram extends BaseNode {
  type: "Program";
  body: DockerignoreLine[];
  /** The comment lines again (the same objects), for ESLint's inline-config comments. */
  comments: DockerignoreComment[];
  /** A .dockerignore has no tokens besides its lines. */
  tokens: [];
}

export type DockerignoreNode = DockerignoreProgram | DockerignoreLine;

export const visitorKeys: Record<DockerignoreNode["type"], string[]> = {
  Program: ["body"],
  DockerignorePattern: [],
  DockerignoreComment: [],
  DockerignoreBlankLine: [],
};
