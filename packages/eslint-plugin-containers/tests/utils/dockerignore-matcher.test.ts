/**
 * `@balena/dockerignore` checked against the examples of Docker's own documentation
 * (https://docs.docker.com/build/concepts/context/#dockerignore-files), plus our pattern
 * syntax check (Go's `filepath.Match`) and the overlap test the rules build on.
 */
import { describe, expect, it } from "vitest";
import type { DockerignorePattern } from "../../src/languages/dockerignore/ast.js";
import { parseDockerignore } from "../../src/languages/dockerignore/parse.js";
import { createIgnoreTest, decidingPattern, patternsMayOverlap } from "../../src/utils/dockerignore/matcher.js";
import { patternSyntaxError } from "../../src/utils/dockerignore/pattern-syntax.js";

const patternsOf = (text: string) =>
  parseDockerignore(text).body.filter((line): line is DockerignorePattern => line.type === "DockerignorePattern");
const excluded = (text: string, paths: string[]) => {
  const test = createIgnoreTest(patternsOf(text));
  return paths.filter((file) => test(file));
};

describe("Docker's documented .dockerignore examples", () => {
  it("a pattern the matcher cannot compile (`(`) matches nothing and does not hide the others", () => {
    // It threw for every path, so `.git` read as not excluded and required-entries added it on every --fix.
    expect(excluded("(\n.git\n[z-a]\nnode_modules/\n", [".git", "node_modules/x", "("])).toEqual([".git", "node_modules/x"]);
  });

  it("`# comment`, `*/temp*`, `*/*/temp*`, `temp?`", () => {
    const file = "# comment\n*/temp*\n*/*/temp*\ntemp?\n";
    const paths = [
      "somedir/temporary.txt", // */temp*
      "somedir/temp", // */temp*
      "somedir/subdir/temporary.txt", // */*/temp*
      "tempa", // temp?
      "tempb",
      "temporary.txt", // at the root: none of the patterns
      "temp",
      "a/b/c/temp.txt", // three levels down: none
      "# comment", // a comment line excludes nothing
    ];
    expect(excluded(file, paths)).toEqual(["somedir/temporary.txt", "somedir/temp", "somedir/subdir/temporary.txt", "tempa", "tempb"]);
  });

  it("`**` matches any number of folders, zero included (`**/*.go`)", () => {
    expect(excluded("**/*.go\n", ["main.go", "cmd/app/main.go", "main.go.txt", "README.md"])).toEqual(["main.go", "cmd/app/main.go"]);
  });

  it("`*.md` + `!README.md`: markdown at the root except README.md", () => {
    expect(excluded("*.md\n!README.md\n", ["CHANGES.md", "README.md", "docs/guide.md"])).toEqual(["CHANGES.md"]);
  });

  it("`*.md`, `!README*.md`, `README-secret.md`: only README files except README-secret.md stay", () => {
    expect(excluded("*.md\n!README*.md\nREADME-secret.md\n", ["CHANGES.md", "README.md", "README-dev.md", "README-secret.md"])).toEqual([
      "CHANGES.md",
      "README-secret.md",
    ]);
  });

  it("`*.md`, `README-secret.md`, `!README*.md`: the middle line has no effect, the last match wins", () => {
    expect(excluded("*.md\nREADME-secret.md\n!README*.md\n", ["CHANGES.md", "README.md", "README-secret.md"])).toEqual(["CHANGES.md"]);
  });

  it("`/foo/bar` and `foo/bar` both exclude bar in foo (the context root is the root), and cleaning applies", () => {
    expect(excluded("/foo/bar\n", ["foo/bar", "foo/bar/baz.txt", "x/foo/bar"])).toEqual(["foo/bar", "foo/bar/baz.txt"]);
    expect(excluded("foo/bar\n", ["foo/bar", "foo/bar/baz.txt", "x/foo/bar"])).toEqual(["foo/bar", "foo/bar/baz.txt"]);
    expect(excluded("./foo/../foo/bar/\n", ["foo/bar"])).toEqual(["foo/bar"]);
  });

  it("excludes a folder's contents with the folder, and matches case-sensitively as on Linux", () => {
    expect(excluded("node_modules\n", ["node_modules/left-pad/index.js", "Node_Modules/x"])).toEqual(["node_modules/left-pad/index.js"]);
  });

  it("names the pattern that decides, the last one that matches", () => {
    const patterns = patternsOf("*.md\n!README*.md\nREADME-secret.md\n");
    expect(decidingPattern(patterns, "README-secret.md")?.loc.start.line).toBe(3);
    expect(decidingPattern(patterns, "README.md")?.loc.start.line).toBe(2);
    expect(decidingPattern(patterns, "main.go")).toBeNull();
  });
});

describe("patternSyntaxError (Go's filepath.Match, which Docker runs on every pattern)", () => {
  it.each([
    ["[a", "the character class `[` is not closed with `]`"],
    ["src/[", "the character class `[` is not closed with `]`"],
    ["a\\", "the trailing `\\` escapes nothing"],
    ["[]a]", "a character class cannot have `]` here (escape it as `\\]`)"],
    ["[a-]", "a character class cannot have `]` here (escape it as `\\]`)"],
    ["[-a]", "a character class cannot have `-` here (escape it as `\\-`)"],
    ["[a-c-e]x", "a character class cannot have `-` here (escape it as `\\-`)"],
    ["", "a lone `!` excludes nothing and Docker rejects it (illegal exclusion pattern)"],
  ])("rejects %j", (pattern, reason) => {
    expect(patternSyntaxError(pattern)).toBe(reason);
  });

  it.each(["*.pyc", "**/__pycache__", "[Bb]uild", "[^a-z]x", "[\\]]", "\\[literal\\]", "a]b", "file?.txt"])("accepts %j", (pattern) => {
    expect(patternSyntaxError(pattern)).toBeNull();
  });
});

describe("patternsMayOverlap", () => {
  it.each([
    ["*", "src/main.py", true],
    ["src", "src/main.py", true],
    ["src/main.py", "src", true],
    ["docs", "src", false],
    ["*.md", "README.md", true],
    ["*.md", "main.go", false],
    ["a/*.txt", "b/keep.txt", false],
    ["**/tmp", "src/app.py", true],
    ["*.log", "debug?.log", true],
  ] as const)("%s vs %s: %s", (a, b, expected) => {
    expect(patternsMayOverlap(a, b)).toBe(expected);
    expect(patternsMayOverlap(b, a)).toBe(expected);
  });
});
