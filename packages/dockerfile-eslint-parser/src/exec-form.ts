/** One string of an exec-form array: its offsets in the scanned text and its JSON value. */
export interface ExecFormElement {
  start: number;
  end: number;
  value: string;
}

export interface ExecFormScan {
  /** Offsets of `[` and just past `]`. */
  start: number;
  end: number;
  elements: ExecFormElement[];
}

// JSON strings may not contain raw control characters: the class excludes them on purpose.
// eslint-disable-next-line no-control-regex
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/uy;
const SPACE = /\s*/uy;

/**
 * Reads the exec form `["prog", "arg"]` the way Docker does: the whole argument text must be a
 * JSON array of strings (whitespace around it allowed), or it is the shell form. `text` is the
 * argument text with continuations blanked (see shell/shell-text.ts), so offsets are source
 * offsets relative to its start.
 */
export function scanExecForm(text: string): ExecFormScan | null {
  let index = 0;
  const skipSpace = () => {
    SPACE.lastIndex = index;
    SPACE.exec(text);
    index = SPACE.lastIndex;
  };
  skipSpace();
  if (text[index] !== "[") return null;
  const start = index++;
  const elements: ExecFormElement[] = [];
  skipSpace();
  if (text[index] === "]") index++;
  else {
    for (;;) {
      skipSpace();
      STRING.lastIndex = index;
      const match = STRING.exec(text);
      if (!match) return null;
      elements.push({ start: index, end: index + match[0].length, value: JSON.parse(match[0]) as string });
      index += match[0].length;
      skipSpace();
      if (text[index] === ",") {
        index++;
        continue;
      }
      if (text[index] !== "]") return null;
      index++;
      break;
    }
  }
  const end = index;
  skipSpace();
  return index === text.length ? { start, end, elements } : null;
}
