import path from "node:path";
import type { SourceLocation } from "@eslint/core";
import type { DockerignoreComment, DockerignoreLine, DockerignoreProgram, Range } from "./ast.js";

/**
 * Parses `.dockerignore` text into one node per line, following Docker's reader
 * (`moby/buildkit` `dockerignore.ReadAll`): a line starting with `#` is a comment, other lines
 * are trimmed, blank ones skipped, a leading `!` makes an exception, and the path is cleaned.
 * Never throws: every text is a valid .dockerignore as far as lines go; patterns that Docker's
 * matcher rejects are the job of `dockerignore-valid-patterns`.
 */
export function parseDockerignore(text: string): DockerignoreProgram {
  const body: DockerignoreLine[] = [];
  const comments: DockerignoreComment[] = [];
  const lineBreak = /\r?\n/gu;
  let start = 0;
  let line = 1;
  for (;;) {
    const match = lineBreak.exec(text);
    const end = match ? match.index : text.length;
    const node = parseLine(text.slice(start, end), start, line);
    body.push(node);
    if (node.type === "DockerignoreComment") comments.push(node);
    if (!match) break;
    start = match.index + match[0].length;
    line += 1;
  }
  // Text after the last line break is a line only if it is not empty: `a\n` is one line, as
  // Docker reads it (an empty file has none).
  if (start === text.length) {
    const last = body.pop()!;
    if (last.type === "DockerignoreComment") comments.pop();
  }
  const lastLine = line;
  const lastColumn = text.length - start;
  return {
    type: "Program",
    body,
    comments,
    tokens: [],
    range: [0, text.length],
    loc: { start: { line: 1, column: 0 }, end: { line: lastLine, column: lastColumn } },
  };
}

function parseLine(lineText: string, offset: number, line: number): DockerignoreLine {
  const located = (from: number, to: number): { range: Range; loc: SourceLocation } => ({
    range: [offset + from, offset + to],
    loc: { start: { line, column: from }, end: { line, column: to } },
  });
  if (lineText.startsWith("#")) {
    return { type: "DockerignoreComment", value: lineText.slice(1), ...located(0, lineText.length) };
  }
  const raw = lineText.trim();
  if (raw === "") return { type: "DockerignoreBlankLine", ...located(0, lineText.length) };
  const from = lineText.indexOf(raw);
  const negated = raw.startsWith("!");
  const pattern = negated ? raw.slice(1).trim() : raw;
  return {
    type: "DockerignorePattern",
    raw,
    negated,
    pattern,
    normalized: normalizePattern(pattern),
    ...located(from, from + raw.length),
  };
}

/**
 * Docker's cleaning of a pattern: Go's `filepath.Clean` (`path.posix.normalize` without the
 * trailing `/`), then a leading `/` dropped. `""` stays `""` (a lone `!`).
 */
export function normalizePattern(pattern: string): string {
  if (pattern === "") return "";
  let cleaned = path.posix.normalize(pattern);
  if (cleaned.length > 1 && cleaned.endsWith("/")) cleaned = cleaned.slice(0, -1);
  if (cleaned.length > 1 && cleaned.startsWith("/")) cleaned = cleaned.slice(1);
  return cleaned;
}
