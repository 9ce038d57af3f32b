import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import rule from "../../src/rules/require-dockerignore.js";
import { composeRuleTester } from "../helpers/compose-rule-tester.js";
import { DOCS_RULES_DIR, extractDocExamples } from "../helpers/doc-examples.js";
import { dockerfileRuleTester } from "../helpers/dockerfile-rule-tester.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";
import { createTempProject, type TempProject } from "../helpers/temp-project.js";

const RULE = "containers/require-dockerignore";
const dockerfileMessage = (source: string, context: string, dockerignore: string, perDockerfile: string) =>
  `\`${source}\` copies the whole build context \`${context}\`, which has no ignore file, so \`.git\`, \`.env\` and local build output go into the image. Add \`${dockerignore}\` (or \`${perDockerfile}\`).`;
const folderMessage = (source: string, context: string, dockerignore: string, perDockerfile: string) =>
  `\`${source}\` copies a whole folder of the build context \`${context}\`, which has no ignore file, so caches and local build output inside it go into the image. Add \`${dockerignore}\` (or \`${perDockerfile}\`).`;
const composeMessage = (service: string, context: string, source: string, dockerignore: string) =>
  `Service "${service}" builds the context \`${context}\`, which has no ignore file, and its Dockerfile copies all of it (\`${source}\`), so \`.git\`, \`.env\` and local build output go into the image. Add \`${dockerignore}\`.`;
const composeFolderMessage = (service: string, context: string, source: string, dockerignore: string) =>
  `Service "${service}" builds the context \`${context}\`, which has no ignore file, and its Dockerfile copies a whole folder of it (\`${source}\`), so caches and local build output inside it go into the image. Add \`${dockerignore}\`.`;

describe.each(ESLINT_VERSIONS)("require-dockerignore on ESLint $version", ({ ESLint, RuleTester }) => {
  // Without a file on disk there is no build context to look at: the rule stays quiet.
  dockerfileRuleTester(RuleTester).run("require-dockerignore (text only)", rule as never, {
    valid: ["FROM python:3.12\nCOPY . .\n"],
    invalid: [],
  });
  composeRuleTester(RuleTester).run("require-dockerignore (text only)", rule as never, {
    valid: ["services:\n  api:\n    build: .\n"],
    invalid: [],
  });

  let project: TempProject;
  beforeAll(() => {
    project = createTempProject({
      ".dockerignore": ".git\n",
      "with-ignore/Dockerfile": "FROM python:3.12\nCOPY . .\n",
      "with-ignore/.dockerignore": ".git\n.env\n",
      "no-ignore/Dockerfile":
        "FROM python:3.12 AS base\nCOPY requirements.txt .\nCOPY --from=base /app /app\nONBUILD COPY . /onbuild\nCOPY <<EOF /etc/motd\nhi\nEOF\nCOPY . /app\nCOPY src/ /src\n",
      "named-only/Dockerfile": "FROM python:3.12\nCOPY requirements.txt app.py ./\nADD https://example.com/tool.tgz /opt/\n",
      "per-dockerfile/api.Dockerfile": "FROM node:22\nCOPY ./ /app\n",
      "per-dockerfile/api.Dockerfile.dockerignore": "node_modules\n",
      "per-dockerfile/web.Dockerfile": "FROM node:22\nCOPY [\"./\", \"/app\"]\n",
      "folder-on-disk/Dockerfile": "FROM python:3.12\nCOPY app.py .\nCOPY src /app/src\n",
      "folder-on-disk/src/main.py": "print()\n",
      "docker/Dockerfile": "FROM python:3.12\nCOPY . .\n",
      "odd-ignore/Dockerfile": "FROM python:3.12\nCOPY . .\n",
      "binary-ignore/Dockerfile": "FROM python:3.12\nCOPY . .\n",
      "binary-ignore/.dockerignore": ".git\0\0\n",
      "compose.yaml": [
        "services:",
        "  a:",
        "    build: ./no-ignore",
        "  b:",
        "    build: { context: with-ignore }",
        "  c:",
        "    build: { context: named-only }",
        "  d:",
        "    build: { context: 'https://github.com/docker/example.git#main' }",
        "  e:",
        "    build:",
        "      context: per-dockerfile",
        "      dockerfile: web.Dockerfile",
        "  f:",
        "    build: { context: per-dockerfile, dockerfile: api.Dockerfile }",
        "  g:",
        "    build: { context: ./missing-folder }",
        "  h:",
        "    build: { context: '${APP_DIR}' }",
        "  i:",
        "    build: { context: ., dockerfile: docker/Dockerfile }",
        "",
      ].join("\n"),
      "no-ignore/compose.yaml": "services:\n  inline:\n    build:\n      dockerfile_inline: |\n        FROM alpine:3.20\n        COPY . /srv\n",
    });
    // A `.dockerignore` that is a folder: unreadable, so the rule stays quiet.
    mkdirSync(path.join(project.dir, "odd-ignore/.dockerignore"));
  });
  afterAll(() => project.remove());

  const lint = async (file: string, options?: object) => {
    const messages = await project.lint(ESLint, file, { [RULE]: options ? ["error", options] : "error" } as never);
    return messages.map(({ ruleId, message, line, column, endLine, endColumn }) => ({ ruleId, message, line, column, endLine, endColumn }));
  };

  it("reports the first broad COPY of a context without an ignore file, at its source", async () => {
    // Not the named file, not --from, not ONBUILD (a later build's context), not the heredoc.
    expect(await lint("no-ignore/Dockerfile")).toEqual([
      {
        ruleId: RULE,
        message: dockerfileMessage(".", "no-ignore", "no-ignore/.dockerignore", "Dockerfile.dockerignore"),
        line: 8,
        column: 6,
        endLine: 8,
        endColumn: 7,
      },
    ]);
  });

  it("accepts a context with a .dockerignore, a per-Dockerfile ignore file, or Podman's .containerignore", async () => {
    expect(await lint("with-ignore/Dockerfile")).toEqual([]);
    expect(await lint("per-dockerfile/api.Dockerfile")).toEqual([]);
    project.write({ "podman/Dockerfile": "FROM alpine:3.20\nCOPY . /srv\n", "podman/.containerignore": ".git\n" });
    expect(await lint("podman/Dockerfile")).toEqual([]);
  });

  it("names the per-Dockerfile ignore file of the Dockerfile at hand; exec-form sources too", async () => {
    expect(await lint("per-dockerfile/web.Dockerfile")).toMatchObject([
      { message: dockerfileMessage("\"./\"", "per-dockerfile", "per-dockerfile/.dockerignore", "web.Dockerfile.dockerignore"), line: 2, column: 7 },
    ]);
  });

  it("is quiet when only named files are copied", async () => {
    expect(await lint("named-only/Dockerfile")).toEqual([]);
  });

  it("with `folders`, also reports a whole folder: written with a trailing `/`, or a folder on disk", async () => {
    // By default only copies of the whole context count: a staged folder needs no ignore file.
    expect(await lint("folder-on-disk/Dockerfile")).toEqual([]);
    expect(await lint("folder-on-disk/Dockerfile", { folders: true })).toEqual([
      {
        ruleId: RULE,
        message: folderMessage("src", "folder-on-disk", "folder-on-disk/.dockerignore", "Dockerfile.dockerignore"),
        line: 3,
        column: 6,
        endLine: 3,
        endColumn: 9,
      },
    ]);
    project.write({ "folder-written/Dockerfile": "FROM nginx:1.27\nCOPY public/ /usr/share/nginx/html/\n" });
    expect(await lint("folder-written/Dockerfile")).toEqual([]);
    expect(await lint("folder-written/Dockerfile", { folders: true })).toMatchObject([{ line: 2, column: 6, endColumn: 13 }]);
  });

  it("uses the `context` option (relative to the project root) for Dockerfiles built from elsewhere", async () => {
    expect(await lint("docker/Dockerfile")).toMatchObject([{ line: 2, message: dockerfileMessage(".", "docker", "docker/.dockerignore", "Dockerfile.dockerignore") }]);
    expect(await lint("docker/Dockerfile", { context: "." })).toEqual([]);
  });

  it("stays quiet when the ignore file cannot be read (a folder, a binary file)", async () => {
    expect(await lint("odd-ignore/Dockerfile")).toEqual([]);
    expect(await lint("binary-ignore/Dockerfile")).toEqual([]);
  });

  it("stays quiet when the context is outside the project root", async () => {
    const messages = await project.lint(ESLint, "no-ignore/Dockerfile", { [RULE]: ["error", { context: ".." }] } as never, "no-ignore");
    expect(messages).toEqual([]);
  });

  it("reports Compose services whose local context has no ignore file and whose Dockerfile copies whole folders", async () => {
    expect(await lint("compose.yaml")).toEqual([
      { ruleId: RULE, message: composeMessage("a", "./no-ignore", ".", "no-ignore/.dockerignore"), line: 3, column: 12, endLine: 3, endColumn: 23 },
      { ruleId: RULE, message: composeMessage("e", "per-dockerfile", "\"./\"", "per-dockerfile/.dockerignore"), line: 12, column: 16, endLine: 12, endColumn: 30 },
    ]);
  });

  it("with `folders`, reports a Compose service whose Dockerfile copies a whole folder", async () => {
    project.write({ "folders/compose.yaml": "services:\n  site:\n    build: ../folder-on-disk\n" });
    expect(await lint("folders/compose.yaml")).toEqual([]);
    expect(await lint("folders/compose.yaml", { folders: true })).toEqual([
      { ruleId: RULE, message: composeFolderMessage("site", "../folder-on-disk", "src", "folder-on-disk/.dockerignore"), line: 3, column: 12, endLine: 3, endColumn: 29 },
    ]);
  });

  it("reports an inline Dockerfile's context at the `build` key", async () => {
    expect(await lint("no-ignore/compose.yaml")).toEqual([
      { ruleId: RULE, message: composeMessage("inline", ".", ".", "no-ignore/.dockerignore"), line: 3, column: 5, endLine: 3, endColumn: 10 },
    ]);
  });

  describe("doc examples (linted in a project without an ignore file)", () => {
    const markdown = readFileSync(`${DOCS_RULES_DIR}require-dockerignore.md`, "utf8");
    for (const [fence, filename] of [["dockerfile", "docs-example/Dockerfile"], ["yaml", "docs-example/compose.yaml"]] as const) {
      const examples = extractDocExamples(markdown, fence);
      for (const [index, code] of examples.incorrect.entries()) {
        it(`incorrect ${fence} example ${index + 1} is reported`, async () => {
          project.write({ [filename]: code, "docs-example/api/Dockerfile": "FROM python:3.12\nCOPY . .\n" });
          expect((await lint(filename)).length).toBeGreaterThan(0);
        });
      }
      for (const [index, code] of examples.correct.entries()) {
        it(`correct ${fence} example ${index + 1} is not reported`, async () => {
          project.write({ [filename]: code, "docs-example/api/Dockerfile": "FROM python:3.12\nCOPY . .\n" });
          expect(await lint(filename)).toEqual([]);
        });
      }
    }
    it("has incorrect and correct Dockerfile examples", () => {
      const examples = extractDocExamples(markdown, "dockerfile");
      expect(examples.incorrect.length).toBeGreaterThan(0);
      expect(examples.correct.length).toBeGreaterThan(0);
    });
  });
});
