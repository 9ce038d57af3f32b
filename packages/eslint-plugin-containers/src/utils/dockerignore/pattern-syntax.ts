/**
 * Docker parses every .dockerignore pattern with Go's `filepath.Match` before it uses it, and
 * fails the build with `syntax error in pattern` when Match rejects it (moby's pattern matcher).
 * `@balena/dockerignore` skips that check, so this is a port of Match's syntax rules (Linux:
 * `\` escapes): the character classes `[...]` and escapes. Returns why a pattern is rejected,
 * or null. `pattern` is the text after `!`.
 */
export function patternSyntaxError(pattern: string): string | null {
  if (pattern === "") return "a lone `!` excludes nothing and Docker rejects it (illegal exclusion pattern)";
  for (let index = 0; index < pattern.length; index++) {
    const character = pattern[index];
    if (character === "\\") {
      if (index + 1 >= pattern.length) return "the trailing `\\` escapes nothing";
      index += 1;
    } else if (character === "[") {
      const result = scanClass(pattern, index + 1);
      if (typeof result === "string") return result;
      index = result;
    }
  }
  return null;
}

/** Scans a character class after its `[`: the index of its closing `]`, or the error. */
function scanClass(pattern: string, start: number): number | string {
  let index = start;
  if (pattern[index] === "^") index += 1;
  let ranges = 0;
  for (;;) {
    if (pattern[index] === "]" && ranges > 0) return index;
    const low = scanClassCharacter(pattern, index);
    if (typeof low === "string") return low;
    index = low;
    if (pattern[index] === "-") {
      const high = scanClassCharacter(pattern, index + 1);
      if (typeof high === "string") return high;
      index = high;
    }
    ranges += 1;
  }
}

/** One character of a class (Go's `getEsc`): the index after it, or the error. */
function scanClassCharacter(pattern: string, start: number): number | string {
  let index = start;
  if (index >= pattern.length) return "the character class `[` is not closed with `]`";
  if (pattern[index] === "-" || pattern[index] === "]") {
    return `a character class cannot have \`${pattern[index]}\` here (escape it as \`\\${pattern[index]}\`)`;
  }
  if (pattern[index] === "\\") index += 1;
  const codePoint = pattern.codePointAt(index);
  if (codePoint === undefined) return "the trailing `\\` escapes nothing";
  index += codePoint > 0xffff ? 2 : 1;
  if (index >= pattern.length) return "the character class `[` is not closed with `]`";
  return index;
}
