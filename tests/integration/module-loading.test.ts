// The packages load in every way a user's setup loads them: `eslint.config.js` / `.mjs` / `.cjs` /
// `.ts` on ESLint 9 and 10, `require()` from CommonJS, and the ESLint class linting text at once.
// Regression: the parser used to await its WebAssembly at the top of a module, and Node refuses
// `require()` of such a module (ERR_REQUIRE_ASYNC_MODULE), so an `eslint.config.cjs` crashed ESLint.
// Each case is a real `node` process in a temp folder whose node_modules links to the built
// packages, as an install would. Needs the packages built (`npm test` builds first).
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { runNode } from "../helpers/run-node.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const require = createRequire(import.meta.url);
const TIMEOUT = 120_000;

const PACKAGES = ["dockerfile-eslint-parser", "eslint-plugin-containers", "eslint-config-containers"];

const ESLINTS = [
  { packageName: "eslint", major: 10 },
  { packageName: "eslint-v9", major: 9 },
].map(({ packageName, major }) => ({
  packageName,
  major,
  bin: path.join(path.dirname(require.resolve(`${packageName}/package.json`)), "bin", "eslint.js"),
}));

const DOCKERFILE = "FROM node:latest\nWORKDIR /app\nRUN npm ci && echo done\nCMD node server.js\n";

/** The README's config, in each syntax ESLint accepts. */
const CONFIGS: Record<string, string> = {
  "eslint.config.js": `import containers from "eslint-config-containers";\n\nexport default [...containers.recommended];\n`,
  "eslint.config.mjs": `import containers from "eslint-config-containers";\n\nexport default [...containers.recommended];\n`,
  "eslint.config.cjs": `const containers = require("eslint-config-containers");\n\nmodule.exports = [...containers.recommended];\n`,
  "eslint.config.ts": `import containers from "eslint-config-containers";\nimport type { Linter } from "eslint";\n\nconst config: Linter.Config[] = [...containers.recommended];\nexport default config;\n`,
};

const tempDirs: string[] = [];

/** A temp project whose node_modules links our packages, ESLint and jiti (for `.ts` configs). */
function makeProject(files: Record<string, string>, eslintPackage = "eslint"): string {
  const dir = realpathSync(mkdtempSync(path.join(os.tmpdir(), "containers-loading-")));
  tempDirs.push(dir);
  mkdirSync(path.join(dir, "node_modules"));
  for (const name of PACKAGES) symlinkSync(path.join(repoRoot, "packages", name), path.join(dir, "node_modules", name), "dir");
  symlinkSync(path.dirname(require.resolve(`${eslintPackage}/package.json`)), path.join(dir, "node_modules", "eslint"), "dir");
  symlinkSync(path.dirname(require.resolve("jiti/package.json")), path.join(dir, "node_modules", "jiti"), "dir");
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});


interface JsonResult {
  filePath: string;
  messages: Array<{ ruleId: string | null; fatal?: boolean; message: string; line: number }>;
}

describe.each(ESLINTS)("ESLint $major loads the packages", (eslint) => {
  it.each(Object.keys(CONFIGS))("from %s and lints the Dockerfile", async (configName) => {
    const project = makeProject({ [configName]: CONFIGS[configName], Dockerfile: DOCKERFILE }, eslint.packageName);
    const result = await runNode([eslint.bin, "--format", "json", "Dockerfile"], project);
    // 1 = lint errors found; 2 would be a crash or a config error.
    expect(result.code, result.stderr).toBe(1);
    expect(result.stderr).toBe("");
    const [file] = JSON.parse(result.stdout) as JsonResult[];
    expect(file.messages.filter((message) => message.fatal)).toEqual([]);
    // The shell parser ran: a rule reading the RUN's commands and one reading FROM both report.
    const ruleIds = file.messages.map((message) => message.ruleId);
    expect(ruleIds).toContain("containers/no-latest-tag");
    expect(ruleIds).toContain("containers/prefer-exec-form");
  }, TIMEOUT);

  it("lintText right after the ESLint class loads a CommonJS config parses shell commands", async () => {
    const project = makeProject(
      {
        "eslint.config.cjs": CONFIGS["eslint.config.cjs"],
        "lint-text.cjs": `
const { ESLint } = require("eslint");
new ESLint({ cwd: __dirname })
  .lintText(${JSON.stringify("FROM python:3.12-slim\nRUN pip install flask\n")}, { filePath: "Dockerfile" })
  .then(([result]) => console.log(JSON.stringify(result.messages.map((m) => m.ruleId + " " + (m.fatal ? m.message : m.line)))));
`,
      },
      eslint.packageName,
    );
    const result = await runNode(["lint-text.cjs"], project);
    expect(result.stderr).toBe("");
    expect(JSON.parse(result.stdout)).toContain("containers/pip-no-cache-dir 2");
  }, TIMEOUT);
});

describe("require() from CommonJS", () => {
  // What each package's CommonJS user reads first.
  const EXPECTED_EXPORT: Record<string, string> = {
    "dockerfile-eslint-parser": "parseForESLint",
    "eslint-plugin-containers": "configs",
    "eslint-config-containers": "recommended",
  };

  it.each(PACKAGES)("require(%j) returns the package's exports", async (name) => {
    const project = makeProject({
      "load.cjs": `const loaded = require(${JSON.stringify(name)}); console.log(JSON.stringify(Object.keys(loaded).sort()));`,
    });
    const result = await runNode(["load.cjs"], project);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const keys = JSON.parse(result.stdout) as string[];
    expect(keys).toContain(EXPECTED_EXPORT[name]);
    // The plugin and the config package give the object itself, not a module namespace.
    if (name !== "dockerfile-eslint-parser") expect(keys).not.toContain("default");
  }, TIMEOUT);

  it("a parse in the same turn as the require() gets a clear error; after shellParserReady it parses", async () => {
    const project = makeProject({
      "parse.cjs": `
const parser = require("dockerfile-eslint-parser");
const text = "FROM alpine\\nRUN apk add curl\\n";
try {
  parser.parseDockerfile(text);
  console.log("parsed too early");
} catch (error) {
  console.log("early: " + error.message);
}
console.log("ready at once: " + parser.isShellParserReady());
parser.shellParserReady.then(() => {
  const run = parser.parseDockerfile(text).body[0].body[1];
  console.log("after ready: " + run.command.script.body[0].type);
});
`,
    });
    const result = await runNode(["parse.cjs"], project);
    expect(result.stderr).toBe("");
    const lines = result.stdout.trim().split("\n");
    expect(lines[0]).toMatch(/^early: .*the shell parser is still loading.*await shellParserReady/u);
    expect(lines.slice(1)).toEqual(["ready at once: false", "after ready: ShellCommand"]);
  }, TIMEOUT);

  it("ESLint's Linter#verify in the same turn as the import: a parsing error that says what to do, then normal results", async () => {
    const project = makeProject({
      "verify.mjs": `
import { Linter } from "eslint";
import plugin from "eslint-plugin-containers";
import { shellParserReady } from "dockerfile-eslint-parser";

const config = plugin.configs.recommended;
const text = "FROM python:3.12-slim\\nRUN pip install flask\\n";
const early = new Linter().verify(text, config, { filename: "Dockerfile" });
console.log(JSON.stringify(early.map((m) => (m.fatal ? "fatal: " + m.message : m.ruleId))));
await shellParserReady;
const ready = new Linter().verify(text, config, { filename: "Dockerfile" });
console.log(JSON.stringify(ready.map((m) => m.ruleId)));
`,
    });
    const result = await runNode(["verify.mjs"], project);
    expect(result.stderr).toBe("");
    const [early, ready] = result.stdout.trim().split("\n").map((line) => JSON.parse(line) as string[]);
    expect(early).toHaveLength(1);
    expect(early[0]).toMatch(/^fatal: .*the shell parser is still loading.*await shellParserReady/u);
    expect(ready).toContain("containers/pip-no-cache-dir");
  }, TIMEOUT);
});


// Start-up (issue 10): importing the packages loads only what every lint needs; YAML support
// (yaml-eslint-parser and yaml) and semver load with the first file that needs them.
describe("what the import loads", () => {
  it("YAML support and semver load with the first Compose file, not with the import", async () => {
    const project = makeProject({
      "load.cjs": `
const configs = require("eslint-config-containers");
const { Linter } = require("eslint");
const { shellParserReady } = require("dockerfile-eslint-parser");
const loaded = () => Object.keys(require.cache).filter((file) => /yaml|semver/u.test(file)).map((file) => file.replace(/.*[\\\\/](?:node_modules|packages)[\\\\/]/u, ""));
console.log(JSON.stringify(loaded()));
shellParserReady.then(() => {
  const linter = new Linter();
  const dockerfile = linter.verify("FROM alpine:3.20\\nRUN echo hi\\n", configs.recommended, { filename: "Dockerfile" });
  console.log(JSON.stringify(loaded()));
  const compose = linter.verify("services:\\n  web:\\n    image: nginx:1.27\\n", configs.recommended, { filename: "compose.yaml" });
  console.log(JSON.stringify([dockerfile.filter((m) => m.fatal).length, compose.filter((m) => m.fatal).length]));
  console.log(JSON.stringify(loaded().length > 0));
});
`,
    });
    const result = await runNode(["load.cjs"], project);
    expect(result.stderr).toBe("");
    const [atImport, afterDockerfile, fatal, afterCompose] = result.stdout.trim().split("\n").map((line) => JSON.parse(line) as unknown);
    expect(atImport).toEqual([]);
    expect(afterDockerfile).toEqual([]);
    expect(fatal).toEqual([0, 0]);
    expect(afterCompose).toBe(true);
  }, TIMEOUT);
});
