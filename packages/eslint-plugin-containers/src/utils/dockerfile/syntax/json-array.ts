/**
 * Reads a JSON array the way Go's `json.Unmarshal` into `[]any` does (Docker's exec form), and
 * says where it breaks. Offsets are into the scanned text.
 */
export type JsonArrayScan =
  | { kind: "strings" }
  | { kind: "invalid"; at: number; reason: string }
  | { kind: "not-string"; start: number; end: number };

const SPACE = /[ \t\r\n]*/uy;
// Raw control characters are not allowed in JSON strings.
// eslint-disable-next-line no-control-regex
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/uy;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/uy;
const LITERAL = /true|false|null/uy;

class Scanner {
  index = 0;
  constructor(readonly text: string) {}

  space(): void {
    SPACE.lastIndex = this.index;
    SPACE.exec(this.text);
    this.index = SPACE.lastIndex;
  }

  match(pattern: RegExp): boolean {
    pattern.lastIndex = this.index;
    if (!pattern.exec(this.text)) return false;
    this.index = pattern.lastIndex;
    return true;
  }

  fail(reason: string): never {
    throw Object.assign(new Error(reason), { at: Math.min(this.index, this.text.length) });
  }

  /** One JSON value; returns whether it was a string. */
  value(): boolean {
    const char = this.text[this.index];
    if (char === '"') {
      if (!this.match(STRING)) this.fail(badString(this.text.slice(this.index)));
      return true;
    }
    if (char === "[" || char === "{") {
      this.container(char === "[" ? "]" : "}");
      return false;
    }
    if (this.match(NUMBER) || this.match(LITERAL)) return false;
    if (char === "'") this.fail("strings need double quotes");
    if (char === undefined) this.fail("it ends before the `]`");
    return this.fail(`unexpected \`${char}\``);
  }

  container(close: "]" | "}"): void {
    this.index++;
    this.space();
    if (this.text[this.index] === close) {
      this.index++;
      return;
    }
    for (;;) {
      this.space();
      if (close === "}") {
        if (!this.match(STRING)) this.fail("an object key must be a string");
        this.space();
        if (this.text[this.index] !== ":") this.fail("expected `:`");
        this.index++;
        this.space();
      }
      this.value();
      this.space();
      const next = this.text[this.index];
      if (next === ",") {
        this.index++;
        continue;
      }
      if (next === close) {
        this.index++;
        return;
      }
      this.fail(next === undefined ? `the \`${close}\` is missing` : `expected \`,\` or \`${close}\``);
    }
  }
}

function badString(rest: string): string {
  // eslint-disable-next-line no-control-regex
  if (/^"(?:[^"\\\u0000-\u001f]|\\.)*[\u0000-\u001f]/u.test(rest)) return "a string holds a raw control character";
  if (/^"(?:[^"\\]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*$/u.test(rest)) return "a string is not closed";
  return "a string has an invalid escape (write `\\\\` for a backslash)";
}

/** Scans `text`, which starts with `[`, as the whole exec-form argument. */
export function scanJsonArray(text: string): JsonArrayScan {
  const scanner = new Scanner(text);
  // Go fails on the first non-string only when the whole text is valid JSON.
  let nonString: { start: number; end: number } | null = null;
  try {
    scanner.index = 1;
    scanner.space();
    if (text[scanner.index] !== "]") {
      for (;;) {
        scanner.space();
        const start = scanner.index;
        if (!scanner.value()) nonString ??= { start, end: scanner.index };
        scanner.space();
        const next = text[scanner.index];
        if (next === ",") {
          scanner.index++;
          continue;
        }
        if (next === "]") break;
        scanner.fail(next === undefined ? "the `]` is missing" : "expected `,` or `]`");
      }
    }
    scanner.index++;
    scanner.space();
    if (scanner.index < text.length) scanner.fail("text after the `]`");
    return nonString ? { kind: "not-string", ...nonString } : { kind: "strings" };
  } catch (error) {
    const { at, message } = error as Error & { at: number };
    return { kind: "invalid", at, reason: message };
  }
}
