import path from "node:path";
import type { RuleContext } from "./create-rule.js";

/**
 * What a file is for, as far as its path and its leading comment tell:
 * - `test`: test suites and fixtures (`tests/`, `e2e/`, `testdata/`, `build-test/`, `k8sfv/`,
 *   `compose.test.yml`);
 * - `ci`: CI jobs and build tooling (`ci/`, `.ci/`, `hack/`, `docker-compose.ci.yml`);
 * - `development`: local development (`dev/`, `.devcontainer/`, `compose.override.yml`,
 *   `docker-compose.local.yml`, or a leading comment such as "for local development only").
 * Null when nothing says so: the file may be deployed.
 *
 * Throwaway databases, source mounts, dummy credentials and root users are normal in such
 * files; the rules about persistence, dev bind mounts, secrets and root users ask here and each
 * doc says how it uses the answer.
 */
export type FileContext = "test" | "ci" | "development";

/** Folder names, compared case-insensitively, anywhere in the path below the project root. */
const FOLDERS: ReadonlyArray<[RegExp, FileContext]> = [
  [/^(?:tests?|testdata\d*|test-?fixtures|fixtures|__tests__|integration|integration-tests|e2e|cypress|playwright)$/iu, "test"],
  // `hack/` holds a project's build and CI tooling (a Kubernetes-world convention).
  [/^(?:\.?ci|hack)$/iu, "ci"],
  [/^(?:dev|dev-env|\.devcontainer|devcontainers?)$/iu, "development"],
];

/**
 * Words of a folder name that make it a test suite however the name is compounded: `build-test`,
 * `test_ssl`, `e2e-tests`, `TestAppArtifacts`, calico's `k8sfv` (`fv`: functional verification).
 */
const FOLDER_TEST_WORD = /^(?:tests?|testing|testdata|e2e|fv|fvt)$/iu;

/** Words of the file name (`docker-compose.dev.yml`, `Dockerfile.test`, `compose-local.yaml`). */
const NAME_WORDS: ReadonlyArray<[RegExp, FileContext]> = [
  [/^(?:tests?|testing|e2e|integration)$/iu, "test"],
  [/^ci$/iu, "ci"],
  [/^(?:dev|devel|develop|development|local|override|debug|devcontainer)$/iu, "development"],
];

/** A leading comment that says the file is not for production. */
const DEVELOPMENT_COMMENT =
  /\b(?:(?:for|in)\s+(?:local\s+)?(?:development|dev|testing|tests?)\s+(?:purposes?\s+)?only|(?:development|dev|testing|test)[\s-]+only|not\s+(?:meant\s+|intended\s+|suitable\s+)?for\s+production|do\s+not\s+use\s+(?:it\s+|this\s+)?in\s+production)\b/iu;

const cache = new WeakMap<object, FileContext | null>();

/** The context of the file being linted (see `FileContext`). */
export function fileContext(context: RuleContext<unknown[]>): FileContext | null {
  const key = context.sourceCode as object;
  if (cache.has(key)) return cache.get(key) ?? null;
  const result = contextOfPath(context.filename, context.cwd) ?? contextOfLeadingComment(context.sourceCode.text);
  cache.set(key, result);
  return result;
}

/**
 * The context a path alone gives. For a file inside `cwd` only the part below it counts, so a
 * checkout that happens to live in `~/dev/` is not all development.
 */
export function contextOfPath(filename: string, cwd: string): FileContext | null {
  const relative = path.isAbsolute(filename) ? path.relative(cwd, filename) : filename;
  const inside = relative !== "" && !relative.startsWith("..") && !path.isAbsolute(relative);
  const segments = (inside ? relative : filename).split(/[\\/]/u);
  const base = segments.pop() ?? "";
  for (const word of base.split(/[-_.]/u)) {
    const match = NAME_WORDS.find(([pattern]) => pattern.test(word));
    if (match) return match[1];
  }
  for (const segment of segments) {
    const match = FOLDERS.find(([pattern]) => pattern.test(segment));
    if (match) return match[1];
    if (words(segment).some((word) => FOLDER_TEST_WORD.test(word))) return "test";
  }
  return null;
}

/**
 * The words of a name: split at separators, at camelCase humps and around numbers, keeping a
 * numeronym whole (`k8sfv` is `k8s` `fv`, `e2e-tests` is `e2e` `tests`, `python3` is `python` `3`).
 */
export function words(name: string): string[] {
  return name.match(/[a-z]\d+[a-z]|[A-Z]?[a-z]+|[A-Z](?:[A-Z](?![a-z]))*|\d+/gu) ?? [];
}

/** "development" when the comment block at the top of the file says it is not for production. */
export function contextOfLeadingComment(text: string): FileContext | null {
  const comments: string[] = [];
  // Line by line from the top, without splitting the whole file: only the leading block counts.
  for (let start = 0; start <= text.length; ) {
    const end = text.indexOf("\n", start);
    const line = text.slice(start, end === -1 ? text.length : end);
    start = end === -1 ? text.length + 1 : end + 1;
    // `trim` also drops the `\r` of a CRLF line end.
    const trimmed = line.trim();
    if (trimmed === "" || trimmed === "---") continue;
    if (!trimmed.startsWith("#")) break;
    comments.push(trimmed.replace(/^#+/u, ""));
  }
  return DEVELOPMENT_COMMENT.test(comments.join(" ")) ? "development" : null;
}
