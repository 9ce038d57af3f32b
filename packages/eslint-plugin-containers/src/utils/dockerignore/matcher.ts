/**
 * Docker's `.dockerignore` semantics, from `@balena/dockerignore` (a port of Docker's own
 * matcher), so no rule matches paths with a glob of its own. Paths are relative to the build
 * context, with `/` separators, and matched case-sensitively as on Linux.
 */
import dockerignoreModule, { type Ignore } from "@balena/dockerignore";
import type { DockerignorePattern } from "../../languages/dockerignore/ast.js";
import { patternSyntaxError } from "./pattern-syntax.js";

/** The patterns Docker applies: skips lone `!` and patterns Docker cannot parse (the build fails on those anyway). */
export function usablePatterns(patterns: readonly DockerignorePattern[]): DockerignorePattern[] {
  return patterns.filter((pattern) => pattern.normalized !== "" && patternSyntaxError(pattern.pattern) === null);
}

/** The line the matcher reads for a pattern. A leading `/` keeps `#x` from reading as a comment. */
function matcherLine(pattern: DockerignorePattern): string {
  const text = pattern.normalized.startsWith("#") ? `/${pattern.normalized}` : pattern.normalized;
  return pattern.negated ? `!${text}` : text;
}

// A CommonJS module whose `module.exports` is the factory and also has it as `.default`.
const dockerignore = dockerignoreModule.default;

function createIgnore(lines: string[]): Ignore {
  return dockerignore({ ignorecase: false }).add(lines);
}

/** Whether `relativePath` (or a folder above it) is excluded, after the exceptions. */
export type IgnoreTest = (relativePath: string) => boolean;

/** The test of a whole file's patterns, in order, as Docker applies them. */
export function createIgnoreTest(patterns: readonly DockerignorePattern[]): IgnoreTest {
  // Compiled once per list: the list of an unchanged ignore file is the same from lint to lint.
  let test = ignoreTests.get(patterns);
  if (!test) {
    test = compileIgnoreTest(patterns);
    ignoreTests.set(patterns, test);
  }
  return test;
}

const ignoreTests = new WeakMap<readonly DockerignorePattern[], IgnoreTest>();

function compileIgnoreTest(patterns: readonly DockerignorePattern[]): IgnoreTest {
  // One pattern the matcher cannot compile (`(`, `[z-a]`) made every test of the whole file
  // throw, so nothing read as excluded: it is left out, matching nothing, as in `safeIgnores`.
  const lines = usablePatterns(patterns).map(matcherLine).filter(compiles);
  const ignore = createIgnore(lines);
  return (relativePath) => safeIgnores(ignore, relativePath);
}

const singlePatternCache = new Map<string, Ignore>();

function compiles(line: string): boolean {
  try {
    createIgnore([line]).ignores("x");
    return true;
  } catch {
    return false;
  }
}

/** Whether one pattern (its `!` aside) matches `relativePath` or a folder above it. */
export function patternMatches(pattern: DockerignorePattern, relativePath: string): boolean {
  const line = matcherLine({ ...pattern, negated: false });
  let ignore = singlePatternCache.get(line);
  if (!ignore) {
    ignore = createIgnore([line]);
    singlePatternCache.set(line, ignore);
  }
  return safeIgnores(ignore, relativePath);
}

/**
 * The matcher compiles a pattern to a JavaScript RegExp on first use; a few patterns Go accepts
 * are not valid RegExps (`[z-a]`, which Docker reads as matching nothing). Those match nothing here too.
 */
function safeIgnores(ignore: Ignore, relativePath: string): boolean {
  try {
    return ignore.ignores(relativePath);
  } catch {
    return false;
  }
}

/** The last pattern that decides about `relativePath`: it is excluded when that pattern is not a `!` exception. */
export function decidingPattern(patterns: readonly DockerignorePattern[], relativePath: string): DockerignorePattern | null {
  let decider: DockerignorePattern | null = null;
  for (const pattern of usablePatterns(patterns)) {
    if (patternMatches(pattern, relativePath)) decider = pattern;
  }
  return decider;
}

const GLOB_CHARACTERS = /[*?[\\]/u;

/** A pattern segment without wildcards or escapes: it matches only itself. */
export function isLiteralSegment(segment: string): boolean {
  return !GLOB_CHARACTERS.test(segment);
}

function segmentsMayMatchSame(a: string, b: string): boolean {
  if (isLiteralSegment(a) && isLiteralSegment(b)) return a === b;
  if (isLiteralSegment(a)) return segmentMatches(b, a);
  if (isLiteralSegment(b)) return segmentMatches(a, b);
  return true; // two wildcards: assume some name matches both
}

function segmentMatches(glob: string, name: string): boolean {
  return patternMatches({ normalized: `x/${glob}`, negated: false } as DockerignorePattern, `x/${name}`);
}

/**
 * Whether some path could be decided by both patterns (normalized, without `!`): one matches a
 * path or a folder above it, and so does the other. Compared segment by segment from the
 * context root; answers "maybe" (true) whenever it cannot tell, such as after a `**`.
 */
export function patternsMayOverlap(a: string, b: string): boolean {
  const left = a.split("/");
  const right = b.split("/");
  for (let index = 0; index < Math.min(left.length, right.length); index++) {
    if (left[index].includes("**") || right[index].includes("**")) return true;
    if (!segmentsMayMatchSame(left[index], right[index])) return false;
  }
  return true;
}
