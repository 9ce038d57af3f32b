/**
 * Docker's `# check=` parser directive (`# check=skip=JSONArgsRecommended,StageNameCasing`,
 * `# check=skip=all`, `# check=skip=...;error=true`): the build checks that `docker build`
 * skips for this file. We skip the rules that correspond to them, as `docker build --check` does.
 */
import { DOCKER_BUILD_CHECKS, rulesFor } from "./mapping.js";

export interface CheckDirective {
  skipAll: boolean;
  /** The skipped check names as written. */
  skip: string[];
}

/** Reads the directive's source text (`# check=...`); null when it is not a check directive. */
export function parseCheckDirective(source: string): CheckDirective | null {
  const match = /^#\s*check\s*=(.*)$/iu.exec(source);
  if (!match) return null;
  const directive: CheckDirective = { skipAll: false, skip: [] };
  // Options are separated by `;`, the skipped checks by `,` (BuildKit's syntax).
  for (const option of match[1].trim().split(";")) {
    const [key, value = ""] = option.split("=", 2).map((part) => part.trim());
    if (key.toLowerCase() !== "skip") continue;
    for (const name of value.split(",").map((part) => part.trim())) {
      if (name.toLowerCase() === "all") directive.skipAll = true;
      else if (name) directive.skip.push(name);
    }
  }
  return directive;
}

const CHECK_BY_LOWERCASE = new Map(Object.keys(DOCKER_BUILD_CHECKS).map((name) => [name.toLowerCase(), name]));

/** The rule names (without plugin prefix) that a check directive turns off. */
export function rulesSkippedBy(directive: CheckDirective): Set<string> {
  const names = directive.skipAll
    ? Object.keys(DOCKER_BUILD_CHECKS)
    : directive.skip.map((name) => CHECK_BY_LOWERCASE.get(name.toLowerCase()) ?? name);
  return rulesFor(DOCKER_BUILD_CHECKS, names);
}
