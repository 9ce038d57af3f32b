/** Values as Go's standard library parses them, for the flags Docker reads with it. */

const DURATION_UNITS: Record<string, number> = { ns: 1, us: 1e3, "µs": 1e3, "μs": 1e3, ms: 1e6, s: 1e9, m: 60e9, h: 3600e9 };
const DURATION_PART = /(\d*)(?:\.(\d*))?(ns|us|µs|μs|ms|s|m|h)/uy;

/** `time.ParseDuration`: nanoseconds, or null when Go rejects the text (`30`, `1 m`, `5sec`). */
export function parseGoDuration(text: string): number | null {
  let rest = text;
  let sign = 1;
  if (rest.startsWith("-") || rest.startsWith("+")) {
    sign = rest.startsWith("-") ? -1 : 1;
    rest = rest.slice(1);
  }
  if (rest === "0") return 0;
  if (rest === "") return null;
  let total = 0;
  let index = 0;
  while (index < rest.length) {
    DURATION_PART.lastIndex = index;
    const match = DURATION_PART.exec(rest);
    if (!match || (match[1] === "" && (match[2] ?? "") === "")) return null;
    total += Number(`${match[1] || "0"}.${match[2] || "0"}`) * DURATION_UNITS[match[3]];
    index = DURATION_PART.lastIndex;
  }
  return sign * total;
}

/** `strconv.ParseBool`. */
export function isGoBool(text: string): boolean {
  return ["1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False"].includes(text);
}

/** `strconv.ParseInt(text, 10, 32)`. */
export function parseGoInt32(text: string): number | null {
  if (!/^[+-]?\d+$/u.test(text)) return null;
  const value = Number(text);
  return value >= -(2 ** 31) && value < 2 ** 31 ? value : null;
}

/** `strconv.ParseUint(text, base, 32)` succeeds. */
export function isGoUint32(text: string, base: 8 | 10): boolean {
  if (!(base === 8 ? /^[0-7]+$/u : /^\d+$/u).test(text)) return false;
  return Number.parseInt(text, base) < 2 ** 32;
}
