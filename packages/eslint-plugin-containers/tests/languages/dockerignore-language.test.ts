import { describe, expect, it } from "vitest";
import { parseDockerignore } from "../../src/languages/dockerignore/parse.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";
import { pluginForConfig } from "../helpers/plugin.js";

describe("parseDockerignore", () => {
  it("makes one node per line with exact ranges: patterns, comments, blank lines", () => {
    const text = "# deps\n  node_modules/  \n\n!  ./keep/../dist/app.js\n**/*.pyc\n/[Bb]uild\n\t\n  # not a comment\n";
    const ast = parseDockerignore(text);
    const summary = ast.body.map((node) => ({
      type: node.type,
      text: text.slice(node.range[0], node.range[1]),
      loc: `${node.loc.start.line}:${node.loc.start.column}-${node.loc.end.line}:${node.loc.end.column}`,
      ...(node.type === "DockerignorePattern" ? { negated: node.negated, pattern: node.pattern, normalized: node.normalized } : {}),
      ...(node.type === "DockerignoreComment" ? { value: node.value } : {}),
    }));
    expect(summary).toEqual([
      { type: "DockerignoreComment", text: "# deps", loc: "1:0-1:6", value: " deps" },
      { type: "DockerignorePattern", text: "node_modules/", loc: "2:2-2:15", negated: false, pattern: "node_modules/", normalized: "node_modules" },
      { type: "DockerignoreBlankLine", text: "", loc: "3:0-3:0" },
      { type: "DockerignorePattern", text: "!  ./keep/../dist/app.js", loc: "4:0-4:24", negated: true, pattern: "./keep/../dist/app.js", normalized: "dist/app.js" },
      { type: "DockerignorePattern", text: "**/*.pyc", loc: "5:0-5:8", negated: false, pattern: "**/*.pyc", normalized: "**/*.pyc" },
      { type: "DockerignorePattern", text: "/[Bb]uild", loc: "6:0-6:9", negated: false, pattern: "/[Bb]uild", normalized: "[Bb]uild" },
      { type: "DockerignoreBlankLine", text: "\t", loc: "7:0-7:1" },
      // Docker reads `#` as a comment only in the first column.
      { type: "DockerignorePattern", text: "# not a comment", loc: "8:2-8:17", negated: false, pattern: "# not a comment", normalized: "# not a comment" },
    ]);
    expect(ast.comments).toEqual([ast.body[0]]);
    expect(ast.range).toEqual([0, text.length]);
    expect(ast.loc).toEqual({ start: { line: 1, column: 0 }, end: { line: 9, column: 0 } });
  });

  it("keeps CRLF out of the ranges and reads a last line without a line break", () => {
    const text = ".git\r\n\r\n# c\r\ndist";
    expect(parseDockerignore(text).body.map((node) => [node.type, text.slice(node.range[0], node.range[1]), node.loc.start.line])).toEqual([
      ["DockerignorePattern", ".git", 1],
      ["DockerignoreBlankLine", "", 2],
      ["DockerignoreComment", "# c", 3],
      ["DockerignorePattern", "dist", 4],
    ]);
  });

  it("gives an empty file no lines, and a lone `!` an empty normalized pattern", () => {
    expect(parseDockerignore("").body).toEqual([]);
    expect(parseDockerignore("!\n").body).toMatchObject([{ type: "DockerignorePattern", negated: true, pattern: "", normalized: "" }]);
  });
});

describe.each(ESLINT_VERSIONS)("the .dockerignore language on ESLint $version", ({ Linter }) => {
  const RULES = {
    "containers/dockerignore-no-duplicate-patterns": "error",
    "containers/dockerignore-valid-patterns": "error",
  } as const;
  const lint = (code: string, filename = ".dockerignore") =>
    new Linter().verify(
      code,
      [{ files: ["**/.dockerignore", "**/*.dockerignore"], plugins: { containers: pluginForConfig }, language: "containers/dockerignore", rules: RULES }],
      filename,
    );
  const findings = (code: string, filename?: string) => lint(code, filename).map((m) => `${m.line}:${m.column} ${m.ruleId ?? "fatal"}`);

  it("reports at the pattern's line and column", () => {
    expect(findings(".git\n  .git\n[a\n")).toEqual([
      "2:3 containers/dockerignore-no-duplicate-patterns",
      "3:1 containers/dockerignore-valid-patterns",
    ]);
  });

  it("lints per-Dockerfile ignore files under their own names", () => {
    expect(findings("dist\ndist/\n", "web.Dockerfile.dockerignore")).toEqual(["2:1 containers/dockerignore-no-duplicate-patterns"]);
    expect(findings("dist\ndist/\n", "Dockerfile.web.dockerignore")).toEqual(["2:1 containers/dockerignore-no-duplicate-patterns"]);
  });

  it("honours # eslint-disable-next-line, # eslint-disable regions and # eslint rule: off", () => {
    expect(findings(".git\n# eslint-disable-next-line containers/dockerignore-no-duplicate-patterns\n.git\n.git\n")).toEqual([
      "4:1 containers/dockerignore-no-duplicate-patterns",
    ]);
    expect(findings("# eslint-disable\n[a\n# eslint-enable\n[b\n")).toEqual(["4:1 containers/dockerignore-valid-patterns"]);
    expect(findings("# eslint containers/dockerignore-valid-patterns: off\n[a\n")).toEqual([]);
  });

  it("reads an indented `# eslint-disable` as the pattern Docker sees, not as a directive", () => {
    expect(findings("  # eslint-disable\n[a\n")).toEqual(["2:1 containers/dockerignore-valid-patterns"]);
  });

  it("reports a malformed inline config at its comment", () => {
    const messages = lint("# eslint containers/dockerignore-valid-patterns: [error\n.git\n");
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ ruleId: null, line: 1, severity: 2 });
  });

  it("lints CRLF files and files with a BOM with the same locations", () => {
    expect(findings("\uFEFF.git\r\n.git\r\n[a\r\n")).toEqual([
      "2:1 containers/dockerignore-no-duplicate-patterns",
      "3:1 containers/dockerignore-valid-patterns",
    ]);
  });

  it("fixes a CRLF file without touching the other line ends", () => {
    const result = new Linter().verifyAndFix(
      ".git\r\nnode_modules\r\n.git\r\n",
      [{ files: ["**"], plugins: { containers: pluginForConfig }, language: "containers/dockerignore", rules: RULES }],
      ".dockerignore",
    );
    expect(result.output).toBe(".git\r\nnode_modules\r\n");
  });
});
