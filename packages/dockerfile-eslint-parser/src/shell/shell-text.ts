/**
 * The shell text of a shell-form instruction, as Docker hands it to the shell, but kept at the
 * same length as the source so that shell-parser offsets are source offsets: an escape + line
 * break that continues the line becomes spaces, and so do comment lines and empty lines inside
 * the continuation (Docker drops both). Lines after the instruction's first logical line are
 * heredoc bodies and stay as written.
 */
export interface ShellText {
  /** Same length as the source slice. */
  padded: string;
  /** What Docker runs: continuations joined, dropped lines removed. */
  value: string;
  /** Length of the first logical line within `padded` (where heredoc bodies begin). */
  firstLineEnd: number;
}

const LINE = /[^\r\n]*(?:\r\n|\r|\n)?/gu;

/**
 * Whether the escape character at `index` is itself escaped (`\\` at the end of a line): an odd
 * number of escape characters before it. BuildKit reads that as a literal character, not as a
 * line continuation (moby/buildkit#1559).
 */
export function isEscaped(line: string, index: number, escapeCharacter: string): boolean {
  let count = 0;
  for (let at = index - 1; at >= 0 && line[at] === escapeCharacter; at--) count++;
  return count % 2 === 1;
}

export function shellText(source: string, escapeCharacter: string): ShellText {
  const continuation = new RegExp(`${escapeCharacter === "`" ? "`" : "\\\\"}[ \\t]*(\\r\\n|\\r|\\n)?$`, "u");
  // Built as parts and joined once: appending line by line left chains of cons strings in the AST.
  const padded: string[] = [];
  const value: string[] = [];
  let length = 0;
  let continued = true;
  let first = true;
  let firstLineEnd = -1;
  for (const match of source.matchAll(LINE)) {
    const line = match[0];
    if (line === "") break;
    if (!continued) {
      // Heredoc bodies and delimiters: the shell sees them as they are.
      padded.push(line);
      value.push(line);
      length += line.length;
      continue;
    }
    const content = line.replace(/(\r\n|\r|\n)$/u, "");
    if (!first && (content.trim() === "" || content.trimStart().startsWith("#"))) {
      padded.push(" ".repeat(line.length));
      length += line.length;
      continue;
    }
    first = false;
    const escape = continuation.exec(line);
    if (escape && !isEscaped(line, escape.index, escapeCharacter) && (escape[1] !== undefined || match.index + line.length === source.length)) {
      const kept = line.slice(0, escape.index);
      padded.push(kept, " ".repeat(line.length - kept.length));
      value.push(kept);
      length += line.length;
    } else {
      padded.push(line);
      value.push(line);
      continued = false;
      length += line.length;
      firstLineEnd = length;
    }
  }
  if (firstLineEnd === -1) firstLineEnd = length;
  // The value without its final line break (trimmed from the last part, so the value stays one flat string).
  if (value.length > 0) value[value.length - 1] = value[value.length - 1].replace(/(\r\n|\r|\n)$/u, "");
  return { padded: padded.length === 1 ? padded[0] : padded.join(""), value: value.length === 1 ? value[0] : value.join(""), firstLineEnd };
}
