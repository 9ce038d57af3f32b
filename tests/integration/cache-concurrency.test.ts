// `eslint --cache` and `eslint --concurrency` with the plugin, on ESLint 9 and 10 (real CLI,
// temp project). A probe rule appends each file it lints to a log, so the test sees which files
// a run really linted instead of timing anything.
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { type NodeRun, runNode } from "../helpers/run-node.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const require = createRequire(import.meta.url);
const pluginUrl = pathToFileURL(path.join(repoRoot, "packages/eslint-plugin-containers/dist/eslint-plugin-containers.js")).href;
const TIMEOUT = 180_000;

const ESLINTS = [
  { packageName: "eslint", major: 10 },
  { packageName: "eslint-v9", major: 9 },
].map(({ packageName, major }) => ({
  major,
  bin: path.join(path.dirname(require.resolve(`${packageName}/package.json`)), "bin", "eslint.js"),
}));

const CONFIG = `
import { appendFileSync } from "node:fs";
import containers from ${JSON.stringify(pluginUrl)};

// Logs every file it is run on (one line per file and run).
const probe = {
  meta: { name: "probe", version: "1.0.0" },
  rules: {
    log: {
      meta: { type: "problem", schema: [] },
      create(context) {
        appendFileSync(new URL("./probe.log", import.meta.url), context.filename + "\\n");
        return {};
      },
    },
  },
};

export default [
  ...containers.configs.recommended,
  { files: ["**/Dockerfile", "**/*.Dockerfile", "**/compose.yaml"], plugins: { probe }, rules: { "probe/log": "error" } },
];
`;

const FILES: Record<string, string> = {
  "eslint.config.mjs": CONFIG,
  "api/Dockerfile": "FROM node:latest\nCMD node server.js\n",
  "web/Dockerfile": "FROM nginx:1.27\nEXPOSE 80\n",
  "worker.Dockerfile": "FROM python:3.12\nRUN pip install celery\nCMD celery worker\n",
  "tools/Dockerfile": "FROM alpine\nRUN apk add curl\n",
  "compose.yaml": 'version: "3"\nservices:\n  api:\n    build:\n      context: api\n      target: prod\n    ports:\n      - 8080:8080\n',
};

const tempDirs: string[] = [];
afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

function makeProject(): string {
  const dir = realpathSync(mkdtempSync(path.join(os.tmpdir(), "containers-cache-")));
  tempDirs.push(dir);
  for (const [name, text] of Object.entries(FILES)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

function eslintRun(bin: string, cwd: string, args: string[]): Promise<NodeRun> {
  return runNode([bin, "--format", "json", ...args, "."], cwd);
}

/** Results without absolute paths, sorted, for comparing two runs. */
function normalize(project: string, stdout: string): unknown {
  const results = JSON.parse(stdout) as Array<{ filePath: string; messages: unknown[]; errorCount: number; fixableErrorCount: number }>;
  return results
    .map((result) => ({ ...result, filePath: path.relative(project, result.filePath), source: undefined }))
    .sort((a, b) => a.filePath.localeCompare(b.filePath));
}

function takeProbeLog(project: string): string[] {
  const log = path.join(project, "probe.log");
  if (!existsSync(log)) return [];
  const lines = readFileSync(log, "utf8").trim().split("\n").filter(Boolean);
  rmSync(log);
  return lines.map((line) => path.relative(project, line)).sort();
}

describe.each(ESLINTS)("ESLint $major", (eslint) => {
  it("--cache: a second run over an unchanged tree lints nothing and reports the same; a changed file is linted again", async () => {
    const project = makeProject();
    const first = await eslintRun(eslint.bin, project, ["--cache"]);
    expect(first.code, first.stderr).toBe(1);
    expect(takeProbeLog(project)).toEqual(["api/Dockerfile", "compose.yaml", "tools/Dockerfile", "web/Dockerfile", "worker.Dockerfile"]);
    expect(existsSync(path.join(project, ".eslintcache"))).toBe(true);

    const second = await eslintRun(eslint.bin, project, ["--cache"]);
    expect(takeProbeLog(project)).toEqual([]);
    expect(normalize(project, second.stdout)).toEqual(normalize(project, first.stdout));

    writeFileSync(path.join(project, "web/Dockerfile"), "FROM nginx:latest\nEXPOSE 80\n");
    const third = await eslintRun(eslint.bin, project, ["--cache"]);
    expect(takeProbeLog(project)).toEqual(["web/Dockerfile"]);
    expect(third.stdout).toContain("nginx:latest");
  }, TIMEOUT);

  // ESLint's cache behaviour, not ours: pinned once (ESLint 10) to keep the suite short.
  it.runIf(eslint.major === 10)("--cache keys each file on its own content: a cached compose.yaml is not re-linted when only its Dockerfile changes", async () => {
    // The documented limit (docs/README.md, "Caching and concurrency"): compose-build-target-exists
    // reads the Dockerfile a service builds, but ESLint's cache does not know that.
    const project = makeProject();
    writeFileSync(path.join(project, "api/Dockerfile"), "FROM node:22-slim AS prod\nCMD [\"node\", \"server.js\"]\n");
    const first = await eslintRun(eslint.bin, project, ["--cache"]);
    expect(first.stdout).not.toContain("compose-build-target-exists");
    takeProbeLog(project);
    writeFileSync(path.join(project, "api/Dockerfile"), "FROM node:22-slim AS production\nCMD [\"node\", \"server.js\"]\n");
    const cached = await eslintRun(eslint.bin, project, ["--cache"]);
    expect(takeProbeLog(project)).toEqual(["api/Dockerfile"]);
    expect(cached.stdout).not.toContain("compose-build-target-exists");
    // Without the cache the stale target is reported.
    const fresh = await eslintRun(eslint.bin, project, []);
    expect(fresh.stdout).toContain("compose-build-target-exists");
  }, TIMEOUT);

  it("--concurrency=2 gives the same results as a single-threaded run", async () => {
    const project = makeProject();
    const single = await eslintRun(eslint.bin, project, []);
    const parallel = await eslintRun(eslint.bin, project, ["--concurrency=2"]);
    expect(parallel.code, parallel.stderr).toBe(single.code);
    expect(normalize(project, parallel.stdout)).toEqual(normalize(project, single.stdout));
    // Each file was linted once per run, whichever thread did it.
    expect(takeProbeLog(project)).toEqual(
      ["api/Dockerfile", "compose.yaml", "tools/Dockerfile", "web/Dockerfile", "worker.Dockerfile"].flatMap((file) => [file, file]),
    );
  }, TIMEOUT);
});
