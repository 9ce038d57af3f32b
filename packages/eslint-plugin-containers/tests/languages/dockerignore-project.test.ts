/**
 * The recommended config with the ESLint class on a small project tree: a Dockerfile with its
 * .dockerignore, a second Dockerfile with its per-Dockerfile ignore file, and a Compose file
 * whose service builds a subfolder that has no ignore file.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";
import { plugin } from "../helpers/plugin.js";
import { createTempProject, type TempProject } from "../helpers/temp-project.js";

const OURS = new Set(
  ["require-dockerignore", "copy-ignored-file", "dockerignore-required-entries", "dockerignore-valid-patterns", "dockerignore-no-duplicate-patterns", "dockerignore-no-ineffective-exceptions"].map(
    (name) => `containers/${name}`,
  ),
);

describe.each(ESLINT_VERSIONS)("a project with .dockerignore files, recommended config, ESLint $version", ({ ESLint }) => {
  let project: TempProject;
  beforeAll(() => {
    project = createTempProject({
      "pyproject.toml": "[project]\nname = 'app'\n",
      "package.json": "{}\n",
      Dockerfile: "FROM python:3.12-slim\nWORKDIR /app\nCOPY pyproject.toml ./\nCOPY prod.env /app/\nCOPY . .\n",
      ".dockerignore": "# keep the context small\r\n.git\r\n.env\r\n*.env\r\n**/__pycache__\r\n*.pyc\r\n*.egg-info\r\ndist/\r\n.pytest_cache/\r\nnode_modules/\r\n",
      "web.Dockerfile": "FROM node:22-slim\nCOPY package.json ./\nCOPY dist/ /srv/\n",
      "web.Dockerfile.dockerignore": ".git\n.env\nnode_modules\nnode_modules/\n!README.md\n",
      "services/api/Dockerfile": "FROM python:3.12-slim\nCOPY . /app\n",
      "compose.yaml": "name: demo\nservices:\n  api:\n    build:\n      context: ./services/api\n  web:\n    build: { context: ., dockerfile: web.Dockerfile }\n",
    });
  });
  afterAll(() => project.remove());

  const findings = async (file: string) =>
    (await project.lint(ESLint, file, plugin.configs.recommended as never))
      .filter((m) => m.fatal || (m.ruleId !== null && OURS.has(m.ruleId)))
      .map((m) => `${m.line}:${m.column} ${m.ruleId ?? `fatal: ${m.message}`}`);

  it("lints .dockerignore with the dockerignore language: a complete CRLF file has no findings", async () => {
    expect(await findings(".dockerignore")).toEqual([]);
  });

  it("lints the per-Dockerfile ignore file with the dockerignore language, not as a Dockerfile", async () => {
    const messages = await project.lint(ESLint, "web.Dockerfile.dockerignore", plugin.configs.recommended as never);
    expect(messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`)).toEqual([
      "1:1 containers/dockerignore-required-entries",
      "4:1 containers/dockerignore-no-duplicate-patterns",
      "5:1 containers/dockerignore-no-ineffective-exceptions",
    ]);
  });

  it("checks the root Dockerfile's sources against the root .dockerignore", async () => {
    expect(await findings("Dockerfile")).toEqual(["4:6 containers/copy-ignored-file"]);
  });

  it("checks web.Dockerfile against its own ignore file, where dist/ is not excluded", async () => {
    expect(await findings("web.Dockerfile")).toEqual([]);
  });

  it("reports the Dockerfile and the Compose service of the subfolder context without an ignore file", async () => {
    expect(await findings("services/api/Dockerfile")).toEqual(["2:6 containers/require-dockerignore"]);
    expect(await findings("compose.yaml")).toEqual(["5:16 containers/require-dockerignore"]);
  });

  it("--fix completes the per-Dockerfile ignore file and removes the repeat, keeping the rest", async () => {
    const eslint = new ESLint({ cwd: project.dir, overrideConfigFile: true, overrideConfig: plugin.configs.recommended as never, fix: true });
    const [result] = await eslint.lintFiles(["web.Dockerfile.dockerignore"]);
    expect(result.output).toBe(
      ".git\n.env\nnode_modules\n!README.md\n__pycache__\n*.pyc\n*.egg-info\ndist/\n.pytest_cache/\n",
    );
  });
});
