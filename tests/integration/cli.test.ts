// The real `eslint` CLI (ESLint 10 and ESLint 9) on a throwaway project, set up as a user would:
// an eslint.config.mjs importing the built plugin, container files, `eslint .`.
// Needs the packages built (`pnpm test` builds first).
import { copyFile, mkdir, mkdtemp, readFile, realpath, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type NodeRun, runNode } from "../helpers/run-node.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const pluginUrl = pathToFileURL(path.join(repoRoot, "packages/eslint-plugin-containers/dist/eslint-plugin-containers.js")).href;
const parserUrl = pathToFileURL(path.join(repoRoot, "packages/dockerfile-eslint-parser/dist/dockerfile-eslint-parser.js")).href;
const corpusDir = path.join(repoRoot, "../shared/corpus/dockerfiles");

// Real Dockerfiles with the hard cases: a big real-world file, the Windows backtick escape, CRLF,
// no trailing newline, RUN --mount with several stages, a heredoc.
const CORPUS_SAMPLES = [
  "docker-library__python__3.10__alpine3.23__Dockerfile",
  "StefanScherer__dockerfiles-windows__apache__Dockerfile",
  "StefanScherer__dockerfiles-windows__getaddrinfo__Dockerfile",
  "StefanScherer__dockerfiles-windows__registry__Dockerfile",
  "docker__compose__Dockerfile",
  "temporalio__docker-compose__tls__Dockerfile.tls",
];

const require = createRequire(import.meta.url);

// Each CLI run loads ESLint, the plugin and the WASM shell parser: a few seconds on a busy 2-core
// runner, and the --fix test makes three runs.
const CLI_TIMEOUT = 120_000;

/** `eslint` is ESLint 10, `eslint-v9` the npm alias of ESLint 9: same CLI, both supported. */
const ESLINTS = [
  { packageName: "eslint", major: 10 },
  { packageName: "eslint-v9", major: 9 },
].map(({ packageName, major }) => {
  const dir = path.dirname(require.resolve(`${packageName}/package.json`));
  const { version } = require(`${packageName}/package.json`) as { version: string };
  return { packageName, major, version, dir, bin: path.join(dir, "bin", "eslint.js") };
});

interface LintMessage {
  ruleId: string | null;
  severity: number;
  fatal?: boolean;
  message: string;
  line: number;
}

interface LintResult {
  filePath: string;
  messages: LintMessage[];
}

function runCli(bin: string, cwd: string, args: string[]): Promise<NodeRun> {
  return runNode([bin, ...args], cwd);
}

/** Runs `eslint --format json <args>` and returns the results by path relative to the project. */
async function lintJson(bin: string, cwd: string, args: string[] = ["."]): Promise<Map<string, LintMessage[]>> {
  const run = await runCli(bin, cwd, ["--format", "json", ...args]);
  // 0 = clean, 1 = lint errors; 2 = a crash or a config error, which is always a test failure.
  expect(run.code, `eslint exited ${run.code}\n${run.stderr}`).toBeLessThan(2);
  const results = JSON.parse(run.stdout) as LintResult[];
  return new Map(
    results.map((result) => [path.relative(cwd, result.filePath).split(path.sep).join("/"), result.messages]),
  );
}

async function writeFiles(root: string, files: Record<string, string>): Promise<void> {
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, name)), { recursive: true });
    await writeFile(path.join(root, name), text);
  }
}

/** The three proof rules only, set up by hand as in the plugin's docs: assertions stay exact. */
const PROOF_RULES_CONFIG = `
import containers from ${JSON.stringify(pluginUrl)};

export default [
  {
    files: ["**/Dockerfile", "**/*.Dockerfile"],
    plugins: { containers },
    language: "containers/dockerfile",
    rules: {
      "containers/no-latest-tag": "error",
      "containers/prefer-exec-form": "error",
      "containers/pip-no-cache-dir": "error",
    },
  },
];
`;

const tempDirs: string[] = [];

async function makeProject(files: Record<string, string>): Promise<string> {
  // realpath: on macOS os.tmpdir() is a symlink and ESLint reports real paths.
  const dir = await realpath(await mkdtemp(path.join(os.tmpdir(), "eslint-containers-cli-")));
  tempDirs.push(dir);
  await writeFiles(dir, files);
  return dir;
}

afterAll(async () => {
  await Promise.all(tempDirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe.each(ESLINTS)("eslint CLI, $packageName ($version)", (eslint) => {
  it("is the ESLint major version it claims to be", () => {
    expect(Number(eslint.version.split(".")[0])).toBe(eslint.major);
  });

  describe("file discovery with the recommended config", () => {
    const DOCKERFILES = [
      "Dockerfile",
      "Containerfile",
      "app.Dockerfile",
      "Dockerfile.prod",
      "services/api/Dockerfile",
      "services/web/web.Dockerfile",
    ];
    let results: Map<string, LintMessage[]>;

    beforeAll(async () => {
      const files: Record<string, string> = {
        "eslint.config.mjs": `import containers from ${JSON.stringify(pluginUrl)};\n\nexport default [...containers.configs.recommended];\n`,
        // An ignore file named after a Dockerfile: it must never be linted as a Dockerfile.
        "Dockerfile.dockerignore": "FROM node:latest\n",
        // A .dockerignore with a repeated line, in a subfolder: linted with the dockerignore language.
        "services/api/.dockerignore": ".git\n.env\nnode_modules/\n.git\n",
        "services/api/package.json": "{}\n",
      };
      for (const name of DOCKERFILES) files[name] = "FROM node:latest\n";
      results = await lintJson(eslint.bin, await makeProject(files));
    }, CLI_TIMEOUT);

    it("lints every Dockerfile name, in subfolders too", () => {
      for (const name of DOCKERFILES) {
        const messages = results.get(name);
        expect(messages, `${name} was not linted`).toBeDefined();
        expect(messages!.filter((m) => m.fatal)).toEqual([]);
        expect(messages!.filter((m) => m.ruleId === "containers/no-latest-tag").map((m) => m.line)).toEqual([1]);
      }
    });

    it("does not lint Dockerfile.dockerignore as a Dockerfile, but as a .dockerignore", () => {
      const messages = results.get("Dockerfile.dockerignore");
      expect(messages, "Dockerfile.dockerignore was not linted").toBeDefined();
      expect(messages!.filter((m) => m.fatal)).toEqual([]);
      expect(messages!.map((m) => m.ruleId)).not.toContain("containers/no-latest-tag");
      // `FROM node:latest` is one pattern; the file lacks the required entries.
      expect(messages!.map((m) => `${m.line} ${m.ruleId}`)).toEqual(["1 containers/dockerignore-required-entries"]);
    });

    it("lints .dockerignore files with the dockerignore language", () => {
      const messages = results.get("services/api/.dockerignore");
      expect(messages, "services/api/.dockerignore was not linted").toBeDefined();
      expect(messages!.map((m) => `${m.line} ${m.ruleId}`)).toEqual(["4 containers/dockerignore-no-duplicate-patterns"]);
    });
  });

  it("--fix rewrites shell-form commands and pip installs, and a second run changes nothing", async () => {
    const project = await makeProject({
      "eslint.config.mjs": PROOF_RULES_CONFIG,
      "Dockerfile": "FROM python:3.12-slim\nWORKDIR /app\nRUN pip install flask\nCMD python app.py\n",
      "web.Dockerfile": "FROM node:22-slim\nWORKDIR /app\nCMD node server.js\n",
    });

    const before = await lintJson(eslint.bin, project);
    expect(before.get("Dockerfile")!.map((m) => m.ruleId).sort()).toEqual([
      "containers/pip-no-cache-dir",
      "containers/prefer-exec-form",
    ]);

    const fixRun = await runCli(eslint.bin, project, ["--fix", "."]);
    expect(fixRun.code, fixRun.stdout + fixRun.stderr).toBe(0);
    const fixedPython = await readFile(path.join(project, "Dockerfile"), "utf8");
    const fixedNode = await readFile(path.join(project, "web.Dockerfile"), "utf8");
    expect(fixedPython).toBe(
      'FROM python:3.12-slim\nWORKDIR /app\nRUN pip install --no-cache-dir flask\nCMD ["python", "app.py"]\n',
    );
    expect(fixedNode).toBe('FROM node:22-slim\nWORKDIR /app\nCMD ["node", "server.js"]\n');

    const again = await runCli(eslint.bin, project, ["--fix", "."]);
    expect(again.code).toBe(0);
    expect(await readFile(path.join(project, "Dockerfile"), "utf8")).toBe(fixedPython);
    expect(await readFile(path.join(project, "web.Dockerfile"), "utf8")).toBe(fixedNode);
  }, CLI_TIMEOUT);

  it("honours # eslint-disable-next-line and # eslint-disable comments", async () => {
    const project = await makeProject({
      "eslint.config.mjs": PROOF_RULES_CONFIG,
      // Docker's parser directive stays first; the ESLint comment below it disables one line only.
      "next-line/Dockerfile": [
        "# syntax=docker/dockerfile:1",
        "# eslint-disable-next-line containers/no-latest-tag",
        "FROM node:latest AS build",
        "FROM node:latest",
        'CMD ["node", "server.js"]',
        "",
      ].join("\n"),
      "block/Dockerfile": [
        "# eslint-disable containers/no-latest-tag",
        "FROM node:latest AS build",
        "# eslint-enable containers/no-latest-tag",
        "FROM python:latest",
        "CMD python app.py",
        "",
      ].join("\n"),
      "whole-file/Dockerfile": ["# eslint-disable", "FROM node:latest", "RUN pip install flask", "CMD node server.js", ""].join(
        "\n",
      ),
    });

    const results = await lintJson(eslint.bin, project);
    const summary = (name: string) => results.get(name)!.map((m) => `${m.line} ${m.ruleId}`);
    expect(summary("next-line/Dockerfile")).toEqual(["4 containers/no-latest-tag"]);
    expect(summary("block/Dockerfile")).toEqual(["4 containers/no-latest-tag", "5 containers/prefer-exec-form"]);
    expect(summary("whole-file/Dockerfile")).toEqual([]);
  }, CLI_TIMEOUT);

  it("parser mode: every core rule on, real Dockerfiles, no crash", async () => {
    // The rule list comes from the ESLint under test: 9 and 10 do not have the same core rules.
    const { builtinRules } = (await import(`${eslint.packageName}/use-at-your-own-risk`)) as {
      builtinRules: Map<string, unknown>;
    };
    const ruleNames = [...builtinRules.keys()];
    expect(ruleNames.length).toBeGreaterThan(150);

    const files: Record<string, string> = {
      "eslint.config.mjs": `
import * as dockerfileParser from ${JSON.stringify(parserUrl)};

const ruleNames = ${JSON.stringify(ruleNames)};

export default [
  {
    files: ["**/Dockerfile"],
    languageOptions: { parser: dockerfileParser },
    rules: Object.fromEntries(ruleNames.map((name) => [name, "error"])),
  },
];
`,
    };
    const project = await makeProject(files);
    for (const [index, name] of CORPUS_SAMPLES.entries()) {
      // Byte for byte (CRLF, no trailing newline...), each in its own folder as a `Dockerfile`.
      await mkdir(path.join(project, `sample-${index}`));
      await copyFile(path.join(corpusDir, name), path.join(project, `sample-${index}`, "Dockerfile"));
    }

    const run = await runCli(eslint.bin, project, ["--format", "json", "."]);
    expect(run.code, run.stderr).toBeLessThan(2);
    expect(run.stderr).not.toMatch(/TypeError|Error:/);
    const results = JSON.parse(run.stdout) as LintResult[];
    const linted = results.filter((r) => path.basename(r.filePath) === "Dockerfile");
    expect(linted).toHaveLength(CORPUS_SAMPLES.length);
    // Core rules that read text (max-len, capitalized-comments...) do report: proof they ran.
    expect(linted.some((r) => r.messages.length > 0)).toBe(true);
    for (const result of linted) {
      const fatal = result.messages.filter((m) => m.fatal);
      expect(fatal, `${result.filePath}: ${fatal.map((m) => m.message).join("; ")}`).toEqual([]);
    }
  }, CLI_TIMEOUT);

  it("language mode: every core rule on for JavaScript, scoped as the docs say, beside strict: no crash", async () => {
    const { builtinRules } = (await import(`${eslint.packageName}/use-at-your-own-risk`)) as {
      builtinRules: Map<string, unknown>;
    };
    const ruleNames = [...builtinRules.keys()];
    const files: Record<string, string> = {
      "eslint.config.mjs": `
import containers from ${JSON.stringify(pluginUrl)};

const ruleNames = ${JSON.stringify(ruleNames)};

export default [
  // The user's JavaScript config, scoped to JavaScript files as the user guide tells.
  { files: ["**/*.{js,mjs,cjs}"], rules: Object.fromEntries(ruleNames.map((name) => [name, "error"])) },
  ...containers.configs.strict,
];
`,
      "app/index.js": "const answer = 42;\nexport default answer;\n",
      "compose.yaml": "services:\n  web:\n    build: ./sample-0\n    ports: [\"8080:80\"]\n",
      ".dockerignore": "node_modules\n.git\n",
    };
    const project = await makeProject(files);
    for (const [index, name] of CORPUS_SAMPLES.entries()) {
      await mkdir(path.join(project, `sample-${index}`));
      await copyFile(path.join(corpusDir, name), path.join(project, `sample-${index}`, "Dockerfile"));
    }

    const run = await runCli(eslint.bin, project, ["--format", "json", "."]);
    expect(run.code, run.stderr).toBeLessThan(2);
    expect(run.stderr).not.toMatch(/TypeError|Error:/);
    const results = JSON.parse(run.stdout) as LintResult[];
    expect(results.filter((r) => path.basename(r.filePath) === "Dockerfile")).toHaveLength(CORPUS_SAMPLES.length);
    // The core rules ran on the JavaScript file, and on nothing else.
    expect(results.find((r) => r.filePath.endsWith("index.js"))?.messages.length).toBeGreaterThan(0);
    for (const result of results) {
      const fatal = result.messages.filter((m) => m.fatal);
      expect(fatal, `${result.filePath}: ${fatal.map((m) => m.message).join("; ")}`).toEqual([]);
      if (!/\.[cm]?js$/u.test(result.filePath)) {
        expect(result.messages.filter((m) => m.ruleId && !m.ruleId.startsWith("containers/"))).toEqual([]);
      }
    }
  }, CLI_TIMEOUT);
});
