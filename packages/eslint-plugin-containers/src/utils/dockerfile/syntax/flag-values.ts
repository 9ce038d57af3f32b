import { parseGoDuration, parseGoInt32 } from "./go-values.js";

/**
 * Value checks for the flags whose values Docker validates while parsing: each returns what
 * Docker expects when the value is wrong, else null. Values with a `$` may be expanded by
 * Docker and are not judged.
 */
/** Octal up to 07777, as `strconv.ParseUint(value, 8, 32)` reads it. */
const isOctalMode = (value: string) => /^[0-7]+$/u.test(value) && Number.parseInt(value, 8) <= 0o7777;
/** `u+x`, `go=rx`, `a-w,u+s`: symbolic modes, accepted since Dockerfile 1.14. */
const SYMBOLIC_MODE = /^[ugoa]*(?:[-+=][rwxXst]*)+(?:,[ugoa]*(?:[-+=][rwxXst]*)+)*$/u;
/** Docker refuses variables in `COPY --from` and in `--mount` `from=` (it never expands them). */
export const HAS_VARIABLE = /\$./u;

const MINIMUM_DURATION = 1e6; // 1ms in nanoseconds

function duration(value: string): string | null {
  const nanoseconds = parseGoDuration(value);
  if (nanoseconds === null) return "a duration with a unit, like `30s` or `1m30s`";
  return nanoseconds !== 0 && nanoseconds < MINIMUM_DURATION ? "a duration of at least `1ms` (or `0`)" : null;
}

export const FLAG_VALUE_CHECKS: Readonly<Record<string, (value: string) => string | null>> = {
  chmod: (value) => (value === "" || isOctalMode(value) || SYMBOLIC_MODE.test(value) ? null : "an octal mode up to `7777` like `755`, or a symbolic one like `u+x`"),
  network: (value) => (["default", "none", "host"].includes(value) ? null : "`default`, `none` or `host`"),
  security: (value) => (["insecure", "sandbox"].includes(value) ? null : "`insecure` or `sandbox`"),
  interval: duration,
  timeout: duration,
  "start-period": duration,
  "start-interval": duration,
  retries: (value) => {
    const retries = parseGoInt32(value);
    return retries === null || retries < 0 ? "a whole number of at least 0" : null;
  },
};
