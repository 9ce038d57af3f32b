import { afterAll, beforeAll, describe, expect, it } from "vitest";
import rule from "../../src/rules/dockerignore-required-entries.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { dockerignoreRuleTester } from "../helpers/dockerignore-rule-tester.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";
import { createTempProject, type TempProject } from "../helpers/temp-project.js";

const SEED = ".git\n.env\n__pycache__\n*.pyc\n*.egg-info\ndist/\nnode_modules/\n.pytest_cache/\n";
const missing = (...entries: string[]) =>
  `This ignore file does not exclude ${entries.map((entry) => `\`${entry}\``).join(", ")}: the build context sends them and \`COPY . .\` puts them in the image. Add ${entries.length === 1 ? "it" : "them"}.`;

describe.each(ESLINT_VERSIONS)("dockerignore-required-entries on ESLint $version", ({ RuleTester, Linter, ESLint }) => {
  dockerignoreRuleTester(RuleTester).run("dockerignore-required-entries", rule as never, {
    valid: [
      SEED,
      // Already excluded by broader patterns: `**/` forms, folders without the slash, a leading `/`.
      ".git/\n/.env\n**/__pycache__\n**/*.pyc\n*.egg-info\ndist\nnode_modules\n.pytest_cache\n",
      // Allow-list style: `*` excludes everything at the root, the exceptions bring back the sources.
      "*\n!src\n!requirements.txt\n",
      { code: ".git\n", options: [{ entries: [".git"], ecosystems: [] }] },
      { code: ".git\n.env\n**/bin/\n**/obj/\n", options: [{ ecosystems: ["dotnet"] }] },
      { code: ".git\n.env\n.bundle\n/log/*\n/tmp/*\n!/log/.keep\n", options: [{ ecosystems: ["ruby"] }] },
    ],
    invalid: [
      {
        code: "",
        output: ".git\n.env\n__pycache__\n*.pyc\n*.egg-info\ndist/\n.pytest_cache/\nnode_modules/\n",
        errors: [{ message: missing(".git", ".env", "__pycache__", "*.pyc", "*.egg-info", "dist/", ".pytest_cache/", "node_modules/"), line: 1, column: 1 }],
      },
      {
        // An exception brings `.env` back in; the file has no final line break; CRLF is kept.
        code: "# secrets\r\n*\r\n!.env\r\n!src",
        output: "# secrets\r\n*\r\n!.env\r\n!src\r\n.env\r\n",
        options: [{ ecosystems: [] }],
        errors: [{ message: missing(".env"), line: 1 }],
      },
      {
        // `bin/` excludes only the root's bin/, not the one of each project.
        code: ".git\n.env\nbin/\nobj/\n",
        output: ".git\n.env\nbin/\nobj/\n**/bin/\n**/obj/\n",
        options: [{ ecosystems: ["dotnet"] }],
        errors: [{ message: missing("**/bin/", "**/obj/") }],
      },
      {
        // `*.md` does not exclude `.git`: patterns are case-sensitive and anchored at the root.
        code: "*.md\n.GIT\n",
        output: "*.md\n.GIT\n.git\nsecrets.txt\n",
        options: [{ entries: [".git", "secrets.txt"], ecosystems: [] }],
        errors: [{ message: missing(".git", "secrets.txt") }],
      },
    ],
  });

  dockerignoreRuleTester(RuleTester).run("dockerignore-required-entries (fixed output)", rule as never, {
    valid: [
      { code: "# secrets\r\n*\r\n!.env\r\n!src\r\n.env\r\n", options: [{ ecosystems: [] }] },
      { code: ".git\n.env\nbin/\nobj/\n**/bin/\n**/obj/\n", options: [{ ecosystems: ["dotnet"] }] },
    ],
    invalid: [],
  });

  describe("ecosystems detected from the files beside the ignore file", () => {
    let project: TempProject;
    beforeAll(() => {
      project = createTempProject({
        "go-svc/go.mod": "module example.com/svc\n",
        "go-svc/.dockerignore": ".git\n.env\n",
        "web/package.json": "{}\n",
        "web/app.Dockerfile.dockerignore": ".git\n.env\nnode_modules\n",
        "empty/.dockerignore": ".git\n.env\n",
      });
    });
    afterAll(() => project.remove());
    const messagesOf = async (file: string) =>
      (await project.lint(ESLint, file, { "containers/dockerignore-required-entries": "error" })).map((m) => m.message);

    it("asks a Go service for the Go entries only", async () => {
      expect(await messagesOf("go-svc/.dockerignore")).toEqual([missing("*.test", "*.out")]);
    });
    it("is satisfied by a Node project's per-Dockerfile ignore file that excludes node_modules", async () => {
      expect(await messagesOf("web/app.Dockerfile.dockerignore")).toEqual([]);
    });
    it("falls back to the seed's list when nothing tells the ecosystem", async () => {
      expect(await messagesOf("empty/.dockerignore")).toEqual([
        missing("__pycache__", "*.pyc", "*.egg-info", "dist/", ".pytest_cache/", "node_modules/"),
      ]);
    });
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "dockerignore-required-entries", fence: "dockerignore", language: "containers/dockerignore", filename: ".dockerignore" });
  });
});
