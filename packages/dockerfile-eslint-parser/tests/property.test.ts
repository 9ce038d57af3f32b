import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDockerfile } from "../src/parse-dockerfile.js";
import { DockerfileParseError } from "../src/parse-error.js";
import { checkInvariants } from "./helpers/invariants.js";

/*
 * Random and mutated input: parseDockerfile returns an AST that passes the invariants, or throws
 * a DockerfileParseError; nothing else. Each property runs ~200 cases (2-core CI); a failure
 * prints fast-check's seed and path, so `fc.assert(..., { seed, path })` replays it.
 */

/**
 * Known limitation, pinned by the `it.fails` test below: tree-sitter-bash misreads a heredoc whose
 * line ends with `&&` or `|` (`cat <<X &&⏎body⏎X⏎next`) and gives an `&&`/`|` node that spans the
 * body, so the body overlaps it. Only that exact overlap is tolerated here.
 */
const KNOWN_OVERLAP = /^ShellHeredoc@\d+-\d+ overlaps its sibling (?:ShellLogicalExpression|ShellPipeline)@/u;

function problemsOf(text: string): string[] {
  let program;
  try {
    program = parseDockerfile(text);
  } catch (error) {
    if (error instanceof DockerfileParseError) return [];
    return [`threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`];
  }
  return checkInvariants(text, program).filter((problem) => !KNOWN_OVERLAP.test(problem));
}

/** FC_NUM_RUNS=5000 for a longer soak. */
const numRuns = Number(process.env.FC_NUM_RUNS ?? 200);

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const dockerfilesDir = path.resolve(repoRoot, "../shared/corpus/dockerfiles");
const corpus = existsSync(dockerfilesDir)
  ? readdirSync(dockerfilesDir).sort().map((file) => readFileSync(path.join(dockerfilesDir, file), "utf8"))
  : [];

/** Text that is likely to hit the parser's edges. */
const FRAGMENTS = [
  "FROM alpine", "FROM ", "RUN ", "RUN <<EOF", "<<EOF", "<<-'EOF'", "EOF", "COPY <<EOF /x", "CMD [\"sh\", \"-c\"]", "[", "]", "\"",
  "'", "\\", "`", "# escape=`", "# syntax=docker/dockerfile:1", "#", "ENV A=1 B", "LABEL a=b", "ARG X", "--mount=type=cache,target=/x",
  "--from=build", "&&", "||", "|", ";", "$(", ")", "${A:-b}", "for x in a; do", "done", "if true; then", "fi", "apt-get install -y curl",
  "\uFEFF", "\u0000", "\t", " ", "ONBUILD", "HEALTHCHECK CMD", "SHELL [\"pwsh\"]", "é🐳",
];
const LINE_BREAKS = ["\n", "\r\n", "\r", "\\\n", "\\\r\n", "`\n", " \\\n# c\n", "\\\n\n"];

const dockerfileish = fc
  .array(fc.tuple(fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 5 })), { maxLength: 6 }), fc.constantFrom(...LINE_BREAKS)), { maxLength: 12 })
  .map((lines) => lines.map(([parts, end]) => parts.join(" ") + end).join(""));

type Mutation =
  | { kind: "insert"; at: number; text: string }
  | { kind: "delete"; at: number; length: number }
  | { kind: "crlf" }
  | { kind: "lf" };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), text: fc.oneof(fc.constantFrom(...FRAGMENTS, ...LINE_BREAKS, "\\", "<<EOF\n", "\nEOF\n"), fc.string({ maxLength: 4 })) }),
  fc.record({ kind: fc.constant("delete" as const), at: fc.nat(), length: fc.integer({ min: 1, max: 12 }) }),
  fc.constant({ kind: "crlf" as const }),
  fc.constant({ kind: "lf" as const }),
);

function mutate(text: string, mutations: Mutation[]): string {
  let result = text;
  for (const change of mutations) {
    if (change.kind === "crlf") result = result.replace(/\r?\n/gu, "\r\n");
    else if (change.kind === "lf") result = result.replace(/\r\n?/gu, "\n");
    else {
      const at = change.at % (result.length + 1);
      result = change.kind === "insert" ? result.slice(0, at) + change.text + result.slice(at) : result.slice(0, at) + result.slice(at + change.length);
    }
  }
  return result;
}

describe("parseDockerfile on random input", () => {
  it("random strings (any UTF-16, including lone surrogates)", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 300 }), (text) => {
      expect(problemsOf(text)).toEqual([]);
    }), { numRuns });
  });

  it("random Dockerfile-like lines with every kind of line break and continuation", () => {
    fc.assert(fc.property(dockerfileish, (text) => {
      expect(problemsOf(text)).toEqual([]);
    }), { numRuns });
  });

  it.skipIf(corpus.length === 0)("mutated corpus files (insert/delete, line breaks, CRLF, backslashes, <<EOF)", () => {
    fc.assert(fc.property(fc.nat(corpus.length - 1), fc.array(mutation, { minLength: 1, maxLength: 8 }), (index, mutations) => {
      expect(problemsOf(mutate(corpus[index], mutations))).toEqual([]);
    }), { numRuns });
  });

  it.skipIf(corpus.length === 0)("corpus files cut at a random point (unterminated heredocs, stray continuations)", () => {
    fc.assert(fc.property(fc.nat(corpus.length - 1), fc.nat(), (index, cut) => {
      const text = corpus[index];
      expect(problemsOf(text.slice(0, cut % (text.length + 1)))).toEqual([]);
    }), { numRuns });
  });
});

describe("regressions found by these properties", () => {
  // Each was a failing minimal case; the comment names the fix.
  const cases: Record<string, string> = {
    "U+FEFF at the end of a RUN (script range used trimEnd)": "RUN $\uFEFF",
    "overlapping ENV properties from dockerfile-ast": "ENV = \\  \\",
    "a word containing -- before a -- word (dockerfile-ast flag shift)": "RUN k-- --",
    "an end before the start from dockerfile-ast": "ENV\\\n =\\\n\\  #",
    "an argument starting at the keyword": "; \\\n\\\t\\\n\t;",
    "an ENV value starting before its key": "ENV S \\\n\\\t\tf",
    "a MISSING node in a heredoc body's blank prefix": "RUN x\\ |'a' <<EOF\n    | l&&e\n",
    "a heredoc inside a command substitution": "RUN -- <<`d<<EOF\nEOF",
    "a heredoc inside a loop of a RUN <<EOF script": "RUN <<EOF\nfor f in a b; do\n  cat <<X > $f\nhello\nX\ndone\nEOF\n",
    "a heredoc inside $(...) of a RUN <<EOF script": "RUN <<EOF\nv=$(cat <<X\nhello\nX\n)\necho \"$v\"\nEOF\n",
    "an escaped flag (`\\--platform`)": "FROM \\--platform=$BUILDPLATFORM alpine",
    "two directives on one line (dockerfile-ast reads both)": "# syntax=docker/dockerfile:1 # escape=`\n",
    "COPY heredoc without a body and no \\n (body was put at offset 0)": "COPY <<EOF /x\r",
    "two unterminated COPY heredocs": "COPY <<EOF /x <<-'EOF'\n\n",
    "a COPY heredoc after a continued destination": "COPY <<EOF /x\\\nFROM alpine\\\n",
    "RUN <<EOF with an empty unterminated body": "RUN <<EOF\n",
    "a COPY exec form whose string contains <<EOF": 'COPY --from=x ["COPY <<EOF /x/a", "/b"]\r\n',
    "a flag split by a continuation and an empty line": "COPY -\\\n\n-chown=app a /b\n",
  };
  for (const [name, text] of Object.entries(cases)) {
    it(name, () => {
      expect(checkInvariants(text, parseDockerfile(text))).toEqual([]);
    });
  }

  it.fails("known limitation: a heredoc whose line ends with && overlaps the && node (tree-sitter-bash)", () => {
    const text = "RUN <<EOF\ncat <<X &&\nhi\nX\necho done\nEOF\n";
    expect(checkInvariants(text, parseDockerfile(text))).toEqual([]);
  });
});
