import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import rule from "../../src/rules/copy-ignored-file.js";
import { DOCS_RULES_DIR, extractDocExamples } from "../helpers/doc-examples.js";
import { dockerfileRuleTester } from "../helpers/dockerfile-rule-tester.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";
import { createTempProject, type TempProject } from "../helpers/temp-project.js";

const RULE = "containers/copy-ignored-file";
const message = (source: string, pattern: string, line: number, file: string, instruction: string, path: string) =>
  `\`${source}\` is excluded from the build context by \`${pattern}\` (line ${line} of \`${file}\`), so this ${instruction} cannot find it. Copy something else, or re-include it with \`!${path}\` below that line.`;

const IGNORE = ".git\n*.env\ndist/\nnode_modules\n!node_modules/keep\n[bad\n**/*.pyc\n";

describe.each(ESLINT_VERSIONS)("copy-ignored-file on ESLint $version", ({ ESLint, RuleTester }) => {
  // Without a file on disk there is no ignore file to read: the rule stays quiet.
  dockerfileRuleTester(RuleTester).run("copy-ignored-file (text only)", rule as never, {
    valid: ["FROM python:3.12\nCOPY .env /app/\n"],
    invalid: [],
  });

  let project: TempProject;
  beforeAll(() => {
    project = createTempProject({
      ".dockerignore": IGNORE,
      Dockerfile: [
        "FROM node:22 AS build",
        "COPY package.json secrets.env ./",
        "COPY dist/*.js /app/",
        "COPY node_modules /app/node_modules",
        "COPY --from=build /app/dist /dist",
        "COPY <<EOF /etc/app.env",
        "KEY=1",
        "EOF",
        "ADD https://example.com/app.env /tmp/",
        "ONBUILD COPY secrets.env /",
        "COPY ${APP}.env /",
        'COPY ["dist/app.js", "/app/"]',
        "add ./src/../prod.env /",
        "COPY . .",
        "COPY src/app.py src/cache.pyc /app/",
        "COPY .git/HEAD /",
        "",
      ].join("\n"),
      "web.Dockerfile": "FROM nginx:1.27\nCOPY dist/ /usr/share/nginx/html/\nCOPY secrets.txt /\n",
      "web.Dockerfile.dockerignore": "# only for web.Dockerfile\nsecrets.txt\n",
      "sub/Dockerfile": "FROM alpine:3.20\nCOPY app.env /\n",
      "sub/.dockerignore": "\uFEFF*\r\n!src\r\n!app.env\r\n",
    });
  });
  afterAll(() => project.remove());

  const lint = async (file: string, options?: object) =>
    (await project.lint(ESLint, file, { [RULE]: options ? ["error", options] : "error" } as never)).map(
      ({ ruleId, message: text, line, column, endLine, endColumn }) => ({ ruleId, message: text, line, column, endLine, endColumn }),
    );

  it("reports each excluded source at its word, naming the pattern and its line", async () => {
    expect(await lint("Dockerfile")).toEqual([
      { ruleId: RULE, message: message("secrets.env", "*.env", 2, ".dockerignore", "COPY", "secrets.env"), line: 2, column: 19, endLine: 2, endColumn: 30 },
      { ruleId: RULE, message: message("dist/*.js", "dist/", 3, ".dockerignore", "COPY", "dist"), line: 3, column: 6, endLine: 3, endColumn: 15 },
      { ruleId: RULE, message: message("dist/app.js", "dist/", 3, ".dockerignore", "COPY", "dist/app.js"), line: 12, column: 7, endLine: 12, endColumn: 20 },
      { ruleId: RULE, message: message("./src/../prod.env", "*.env", 2, ".dockerignore", "ADD", "prod.env"), line: 13, column: 5, endLine: 13, endColumn: 22 },
      { ruleId: RULE, message: message("src/cache.pyc", "**/*.pyc", 7, ".dockerignore", "COPY", "src/cache.pyc"), line: 15, column: 17, endLine: 15, endColumn: 30 },
      { ruleId: RULE, message: message(".git/HEAD", ".git", 1, ".dockerignore", "COPY", ".git/HEAD"), line: 16, column: 6, endLine: 16, endColumn: 15 },
    ]);
  });

  it("reads the per-Dockerfile ignore file instead of .dockerignore when there is one", async () => {
    expect(await lint("web.Dockerfile")).toEqual([
      { ruleId: RULE, message: message("secrets.txt", "secrets.txt", 2, "web.Dockerfile.dockerignore", "COPY", "secrets.txt"), line: 3, column: 6, endLine: 3, endColumn: 17 },
    ]);
  });

  it("follows exceptions in an allow-list ignore file (CRLF, BOM)", async () => {
    expect(await lint("sub/Dockerfile")).toEqual([]);
    project.write({ "sub/Dockerfile": "FROM alpine:3.20\nCOPY app.env other.env /\n" });
    expect(await lint("sub/Dockerfile")).toMatchObject([{ message: message("other.env", "*", 1, "sub/.dockerignore", "COPY", "other.env"), line: 2, column: 14 }]);
  });

  it("uses the `context` option to find the ignore file", async () => {
    project.write({ "docker/Dockerfile": "FROM alpine:3.20\nCOPY dist/app.js /\n" });
    expect(await lint("docker/Dockerfile")).toEqual([]);
    expect(await lint("docker/Dockerfile", { context: "." })).toMatchObject([{ line: 2, column: 6 }]);
  });

  describe("doc examples (in a context with the page's .dockerignore)", () => {
    const markdown = readFileSync(`${DOCS_RULES_DIR}copy-ignored-file.md`, "utf8");
    const [ignoreFile] = extractDocExamples(markdown, "dockerignore").incorrect;
    const examples = extractDocExamples(markdown, "dockerfile");
    it("has an ignore file and incorrect and correct Dockerfile examples", () => {
      expect(ignoreFile).toBeDefined();
      expect(examples.incorrect.length).toBeGreaterThan(0);
      expect(examples.correct.length).toBeGreaterThan(0);
    });
    for (const [kind, codes] of Object.entries(examples)) {
      for (const [index, code] of codes.entries()) {
        it(`${kind} example ${index + 1} is ${kind === "incorrect" ? "" : "not "}reported`, async () => {
          project.write({ "docs-example/.dockerignore": ignoreFile, "docs-example/Dockerfile": code });
          const messages = await lint("docs-example/Dockerfile");
          if (kind === "incorrect") expect(messages.length).toBeGreaterThan(0);
          else expect(messages).toEqual([]);
        });
      }
    }
  });
});
