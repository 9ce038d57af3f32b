// The containers-lint CLI end to end: the built bin in a real node process on a temp folder
// (no config file of the user's), plus the progress bar through the in-process API.
// Needs the packages built (`npm test` builds first).
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { type NodeRun, runNode } from "../helpers/run-node.js";
import { isContainerFileName } from "../../packages/containers-lint/src/find-files.js";
import { run } from "../../packages/containers-lint/src/run.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const BIN = path.join(repoRoot, "packages/containers-lint/dist/cli.js");
const TIMEOUT = 120_000;

const tempDirs: string[] = [];
afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

function makeProject(files: Record<string, string>): string {
  const dir = realpathSync(mkdtempSync(path.join(os.tmpdir(), "containers-lint-")));
  tempDirs.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

function cli(cwd: string, args: string[]): Promise<NodeRun> {
  return runNode([BIN, ...args], cwd);
}

interface JsonResult {
  filePath: string;
  messages: Array<{ ruleId: string | null; line: number; fatal?: boolean; severity: number }>;
}

function byFile(project: string, stdout: string): Map<string, string[]> {
  const results = JSON.parse(stdout) as JsonResult[];
  return new Map(
    results.map((result) => [
      path.relative(project, result.filePath).split(path.sep).join("/"),
      result.messages.map((message) => `${message.line} ${message.ruleId ?? "fatal"}`),
    ]),
  );
}

const BAD_DOCKERFILE = "FROM node:latest\nCMD node server.js\n";
const GOOD_DOCKERFILE = [
  "FROM node:22.11-slim",
  "WORKDIR /app",
  "COPY server.js ./",
  "USER node",
  "EXPOSE 3000",
  'HEALTHCHECK CMD ["node", "-e", "process.exit(0)"]',
  'CMD ["node", "server.js"]',
  "",
].join("\n");

describe("containers-lint", () => {
  it("lints the container files it finds, honouring .gitignore, with no config file", async () => {
    const project = makeProject({
      "Dockerfile": BAD_DOCKERFILE,
      "services/api/api.Dockerfile": BAD_DOCKERFILE,
      "compose.yaml": 'version: "3.8"\nservices:\n  web:\n    image: nginx:1.27\n',
      ".dockerignore": "node_modules\n.git\n",
      ".gitignore": "build/\n",
      "build/Dockerfile": BAD_DOCKERFILE,
      "node_modules/some-package/Dockerfile": BAD_DOCKERFILE,
      "README.md": "# not a container file\n",
    });
    const result = await cli(project, ["--format", "json"]);
    expect(result.code, result.stderr).toBe(1);
    const files = byFile(project, result.stdout);
    // .dockerignore is linted once the plugin has its language (another branch); it never crashes.
    expect([...files.keys()].filter((file) => file !== ".dockerignore").sort()).toEqual([
      "Dockerfile",
      "compose.yaml",
      "services/api/api.Dockerfile",
    ]);
    expect(files.get(".dockerignore") ?? []).not.toContainEqual(expect.stringMatching(/ fatal$/u));
    expect(files.get("Dockerfile")).toEqual(expect.arrayContaining(["1 containers/no-latest-tag", "2 containers/prefer-exec-form"]));
    expect(files.get("compose.yaml")).toEqual(["1 containers/compose-no-version"]);
    expect(result.stderr).toBe("");
  }, TIMEOUT);

  it("exits 0 on a clean project; lints only the paths given", async () => {
    const project = makeProject({ "app/Dockerfile": GOOD_DOCKERFILE, "other/Dockerfile": BAD_DOCKERFILE });
    const result = await cli(project, ["app"]);
    expect(result.stdout).toBe("");
    expect(result.code, result.stderr).toBe(0);
  }, TIMEOUT);

  it("--strict adds the strict rules", async () => {
    const project = makeProject({ Dockerfile: GOOD_DOCKERFILE });
    const result = await cli(project, ["--strict", "--format", "json"]);
    expect(result.code).toBe(1);
    expect(byFile(project, result.stdout).get("Dockerfile")).toContain("1 containers/require-image-digest");
  }, TIMEOUT);

  it("--fix writes the fixes", async () => {
    const project = makeProject({ Dockerfile: "FROM node:22-slim\nCMD node server.js\n" });
    await cli(project, ["--fix"]);
    expect(readFileSync(path.join(project, "Dockerfile"), "utf8")).toBe('FROM node:22-slim\nCMD ["node", "server.js"]\n');
  }, TIMEOUT);

  it("uses the project's own eslint.config.* and says so; --max-warnings counts its warnings", async () => {
    const pluginUrl = pathToFileURL(path.join(repoRoot, "packages/eslint-plugin-containers/dist/eslint-plugin-containers.js")).href;
    const project = makeProject({
      "eslint.config.mjs": `import containers from ${JSON.stringify(pluginUrl)};
export default [{ files: ["**/Dockerfile"], plugins: { containers }, language: "containers/dockerfile", rules: { "containers/no-latest-tag": "warn" } }];
`,
      Dockerfile: BAD_DOCKERFILE,
    });
    const lenient = await cli(project, ["--format", "json"]);
    expect(lenient.stderr).toContain("using the project's ESLint config eslint.config.mjs");
    expect(lenient.code).toBe(0);
    expect(byFile(project, lenient.stdout).get("Dockerfile")).toEqual(["1 containers/no-latest-tag"]);
    const strict = await cli(project, ["--max-warnings", "0"]);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toContain("1 warnings, more than --max-warnings 0");
  }, TIMEOUT);

  it("--format sarif writes SARIF 2.1.0", async () => {
    const project = makeProject({ Dockerfile: BAD_DOCKERFILE });
    const result = await cli(project, ["--format", "sarif"]);
    expect(result.code).toBe(1);
    const sarif = JSON.parse(result.stdout) as { version: string; runs: Array<{ results: Array<{ ruleId: string }> }> };
    expect(sarif.version).toBe("2.1.0");
    expect(sarif.runs[0].results.map((entry) => entry.ruleId)).toContain("containers/no-latest-tag");
  }, TIMEOUT);

  it("--concurrency 2 (worker threads, options module) and --cache give the single-threaded results", async () => {
    const project = makeProject({
      "a/Dockerfile": BAD_DOCKERFILE,
      "b/Dockerfile": GOOD_DOCKERFILE,
      "c.Dockerfile": "FROM python:3.12\nRUN pip install flask\n",
      "compose.yaml": 'services:\n  web:\n    image: nginx:latest\n',
    });
    const single = await cli(project, ["--format", "json"]);
    const parallel = await cli(project, ["--format", "json", "--concurrency", "2", "--cache"]);
    expect(parallel.code, parallel.stderr).toBe(single.code);
    expect(byFile(project, parallel.stdout)).toEqual(byFile(project, single.stdout));
    expect(readFileSync(path.join(project, ".eslintcache"), "utf8")).toContain("c.Dockerfile");
  }, TIMEOUT);

  it("exits 2 with the usage on a bad option", async () => {
    const project = makeProject({ Dockerfile: BAD_DOCKERFILE });
    const result = await cli(project, ["--concurrency", "many"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--concurrency must be");
    expect(result.stderr).toContain("Usage: containers-lint");
  }, TIMEOUT);

  it("shows a progress bar on a terminal with many files, and none otherwise", async () => {
    const files: Record<string, string> = {};
    for (let index = 0; index < 25; index++) files[`s${index}/Dockerfile`] = GOOD_DOCKERFILE;
    const project = makeProject(files);
    const capture = (isTTY: boolean) => {
      const out = { stdout: "", stderr: "" };
      const io = {
        cwd: project,
        stdout: { write: (text: string) => (out.stdout += text) },
        stderr: { isTTY, write: (text: string) => (out.stderr += text) },
      };
      return { out, io };
    };
    const tty = capture(true);
    expect(await run([], tty.io)).toBe(0);
    expect(tty.out.stderr).toContain("25/25 files");
    const pipe = capture(false);
    expect(await run([], pipe.io)).toBe(0);
    expect(pipe.out.stderr).toBe("");
  }, TIMEOUT);

  it(".pre-commit-hooks.yaml runs the CLI on the file names the CLI looks for", () => {
    const hooks = readFileSync(path.join(repoRoot, ".pre-commit-hooks.yaml"), "utf8");
    const patterns = [...hooks.matchAll(/^ {2}files: (.+)$/gmu)].map((match) => new RegExp(match[1], "u"));
    expect(patterns).toHaveLength(2);
    expect([...hooks.matchAll(/^ {2}entry: (.+)$/gmu)].map((match) => match[1])).toEqual(["containers-lint", "containers-lint --fix"]);
    const names = [
      "Dockerfile", "Containerfile", "Dockerfile.prod", "api.Dockerfile", "build.dockerfile", "compose.yaml",
      "compose.override.yml", "docker-compose.yml", "docker-compose.prod.yaml", ".dockerignore", "app.dockerignore",
      "README.md", "compose.json", "Dockerfiles.md", "mycompose.yaml", "package.json",
    ];
    for (const pattern of patterns) {
      for (const name of names) expect(pattern.test(`services/${name}`), name).toBe(isContainerFileName(name));
    }
  });
});

