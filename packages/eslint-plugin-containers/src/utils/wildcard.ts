/**
 * A case-insensitive matcher for a pattern in which `*` stands for any run of characters
 * (`*.gcr.io`, `cgr.dev/chainguard/*`); everything else matches literally.
 */
export function wildcardMatcher(pattern: string): (value: string) => boolean {
  // Rules build their matchers for every file they lint; the patterns come from their options.
  let matcher = matchers.get(pattern);
  if (!matcher) {
    matcher = compileWildcard(pattern);
    matchers.set(pattern, matcher);
  }
  return matcher;
}

const matchers = new Map<string, (value: string) => boolean>();

function compileWildcard(pattern: string): (value: string) => boolean {
  const source = pattern
    .split("*")
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/gu, "\\$&"))
    .join(".*");
  const regex = new RegExp(`^${source}$`, "iu");
  return (value) => regex.test(value);
}
