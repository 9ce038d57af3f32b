/**
 * A case-insensitive matcher for a pattern in which `*` stands for any run of characters
 * (`*.gcr.io`, `cgr.dev/chainguard/*`); everything else matches literally.
 */
export function wildcardMatcher(pattern: string): (value: string) => boolean {
  const source = pattern
    .split("*")
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/gu, "\\$&"))
    .join(".*");
  const regex = new RegExp(`^${source}$`, "iu");
  return (value) => regex.test(value);
}
