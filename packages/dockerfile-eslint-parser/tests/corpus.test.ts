import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { Node, Program } from "../src/ast.js";
import { LineIndex } from "../src/line-index.js";
import { parseDockerfile } from "../src/parse-dockerfile.js";
import { DockerfileParseError } from "../src/parse-error.js";
import { allNodes } from "./helpers/ast-utils.js";
import { checkInvariants } from "./helpers/invariants.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const corpusRoot = path.resolve(repoRoot, "../shared/corpus");
const dockerfilesDir = path.join(corpusRoot, "dockerfiles");

/** MANIFEST.tsv: `file kind category repo commit path license`, file relative to the corpus. */
function manifestCategories(): Map<string, string> {
  const categories = new Map<string, string>();
  const lines = readFileSync(path.join(corpusRoot, "MANIFEST.tsv"), "utf8").split("\n").slice(1);
  for (const line of lines) {
    const [file, kind, category] = line.split("\t");
    if (kind === "dockerfile" && file) categories.set(path.basename(file), category);
  }
  return categories;
}

interface Outcome {
  file: string;
  category: string;
  program: Program | null;
  /** A DockerfileParseError (allowed for negative fixtures): where it points. */
  parseError: { line: number; column: number } | null;
  /** Anything else thrown: a crash. */
  crash: string | null;
  problems: string[];
}

function sweep(): Outcome[] {
  const categories = manifestCategories();
  return readdirSync(dockerfilesDir).sort().map((file) => {
    const text = readFileSync(path.join(dockerfilesDir, file), "utf8");
    const outcome: Outcome = { file, category: categories.get(file) ?? "unlisted", program: null, parseError: null, crash: null, problems: [] };
    try {
      outcome.program = parseDockerfile(text);
      outcome.problems = checkInvariants(text, outcome.program);
    } catch (error) {
      if (error instanceof DockerfileParseError) outcome.parseError = { line: error.lineNumber, column: error.column };
      else outcome.crash = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    }
    return outcome;
  });
}

describe.skipIf(!existsSync(dockerfilesDir))("corpus of real Dockerfiles", () => {
  const outcomes = existsSync(dockerfilesDir) ? sweep() : [];
  const count = (category: string) => outcomes.filter((outcome) => outcome.category === category).length;

  it(`parses all ${outcomes.length} files (${count("real")} real, ${count("test-fixture")} test fixtures, ${count("negative-fixture")} negative) with zero crashes`, () => {
    expect(outcomes.length, "corpus files found").toBeGreaterThan(800);
    const crashes = outcomes.filter((outcome) => outcome.crash).map((outcome) => `${outcome.file}: ${outcome.crash}`);
    expect(crashes, `${crashes.length} crashes`).toEqual([]);
  });

  it("every file is listed in MANIFEST.tsv", () => {
    expect(outcomes.filter((outcome) => outcome.category === "unlisted").map((outcome) => outcome.file)).toEqual([]);
  });

  it("every file that is not a negative fixture gives an AST (no parse error)", () => {
    const failed = outcomes.filter((outcome) => outcome.category !== "negative-fixture" && !outcome.program);
    expect(failed.map((outcome) => `${outcome.file}: line ${outcome.parseError?.line}`)).toEqual([]);
  });

  it("every AST passes the invariants (ranges nested, siblings disjoint, loc = range, source = claims)", () => {
    const broken = outcomes.filter((outcome) => outcome.problems.length > 0).map((outcome) => `${outcome.file}: ${outcome.problems.slice(0, 3).join("; ")}`);
    const checked = outcomes.filter((outcome) => outcome.program).length;
    expect(broken, `${broken.length} of ${checked} ASTs break invariants`).toEqual([]);
  });

  it("negative fixtures give a tolerant AST or a located DockerfileParseError", () => {
    const negatives = outcomes.filter((outcome) => outcome.category === "negative-fixture");
    expect(negatives.length, "negative fixtures in the manifest").toBeGreaterThan(0);
    for (const outcome of negatives) {
      expect(outcome.crash, outcome.file).toBeNull();
      if (outcome.parseError) {
        expect(outcome.parseError.line, outcome.file).toBeGreaterThanOrEqual(1);
        expect(outcome.parseError.column, outcome.file).toBeGreaterThanOrEqual(1);
      } else {
        expect(outcome.program?.type, outcome.file).toBe("Program");
        expect(outcome.problems, outcome.file).toEqual([]);
      }
    }
  });

  it("the corpus exercises what the parser claims to handle", () => {
    const parsed = outcomes.filter((outcome): outcome is Outcome & { program: Program } => outcome.program !== null);
    const nodes = parsed.flatMap((outcome) => allNodes(outcome.program));
    const types = new Set<string>(nodes.map((node) => node.type));
    for (const type of ["DockerfileStage", "DockerfileHeredoc", "ShellHeredoc", "DockerfileFlag", "ShellLogicalExpression", "ShellPipeline", "ShellCompound", "ShellRedirect", "DockerfileParserDirective", "DockerfileExecForm"]) {
      expect(types.has(type), `some corpus file has a ${type}`).toBe(true);
    }
    expect(parsed.some((outcome) => outcome.program.escapeCharacter === "`"), "a backtick-escape file").toBe(true);
    const withoutScript = nodes.filter((node) => node.type === "DockerfileShellForm" && node.script === null);
    expect(withoutScript.length, "Windows shell forms left unparsed").toBeGreaterThan(0);
  });
});

describe("the invariant checker is not vacuous", () => {
  const text = "FROM alpine AS build\nRUN apt-get update && apt-get install -y curl\nCOPY --from=build /a /b\n";

  function firstOfType(program: Program, type: string): Node {
    const node = allNodes(program).find((candidate) => candidate.type === type);
    if (!node) throw new Error(`no ${type}`);
    return node;
  }

  it("passes the unbroken AST", () => {
    expect(checkInvariants(text, parseDockerfile(text))).toEqual([]);
  });

  it("catches a node shifted by one character (range and loc moved together)", () => {
    const program = parseDockerfile(text);
    const word = firstOfType(program, "ShellWord");
    word.range = [word.range[0] + 1, word.range[1] + 1];
    word.loc = new LineIndex(text).loc(word.range);
    const problems = checkInvariants(text, program);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.join("\n")).toMatch(/ShellWord/u);
  });

  it("catches a node that leaves its parent", () => {
    const program = parseDockerfile(text);
    const keyword = firstOfType(program, "DockerfileKeyword");
    keyword.range = [keyword.range[0], text.length];
    keyword.loc = new LineIndex(text).loc(keyword.range);
    expect(checkInvariants(text, program).join("\n")).toMatch(/outside its parent/u);
  });

  it("catches overlapping siblings", () => {
    const program = parseDockerfile(text);
    const flag = firstOfType(program, "DockerfileFlag");
    const copy = flag.parent as Extract<Node, { type: "DockerfileCopy" }>;
    copy.sources[0].range = [flag.range[1] - 2, copy.sources[0].range[1]];
    copy.sources[0].loc = new LineIndex(text).loc(copy.sources[0].range);
    expect(checkInvariants(text, program).join("\n")).toMatch(/overlaps its sibling/u);
  });

  it("catches a loc that disagrees with the range", () => {
    const program = parseDockerfile(text);
    const run = firstOfType(program, "DockerfileRun");
    run.loc = { start: { line: 2, column: 1 }, end: run.loc.end };
    expect(checkInvariants(text, program).join("\n")).toMatch(/does not match range/u);
  });

  it("catches a wrong parent link", () => {
    const program = parseDockerfile(text);
    const command = firstOfType(program, "ShellCommand");
    command.parent = program;
    expect(checkInvariants(text, program).join("\n")).toMatch(/wrong parent link/u);
  });
});
