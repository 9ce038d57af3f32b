// The packages as a user installs them: `pnpm pack` of the three workspace packages (which turns
// `workspace:*` into versions), `npm install` of the tarballs into a fresh project, the README's
// `eslint.config.js`, `npx eslint .` on ESLint 9 and 10; `publint` and `arethetypeswrong` on each
// tarball. Runs in CI with the rest of `npm test`. npm fetches the packages' dependencies with
// `--prefer-offline` (its cache when it has them, else the registry); ESLint itself is the
// workspace's copy, installed from its folder.
import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const execFileAsync = promisify(execFile);
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const require = createRequire(import.meta.url);
const PACKAGES = ["dockerfile-eslint-parser", "eslint-plugin-containers", "eslint-config-containers", "containers-lint"];
const INSTALL_TIMEOUT = 300_000;

const ESLINTS = [
  { packageName: "eslint", major: 10 },
  { packageName: "eslint-v9", major: 9 },
].map(({ packageName, major }) => ({
  major,
  dir: realpathSync(path.dirname(require.resolve(`${packageName}/package.json`))),
}));

/** The README's `eslint.config.js`, read from the README so the two cannot drift. */
function readmeConfig(): string {
  const readme = readFileSync(path.join(repoRoot, "README.md"), "utf8");
  const match = /`eslint\.config\.js`:\n\n```js\n([^`]+)```/u.exec(readme);
  if (!match) throw new Error("README.md no longer shows an `eslint.config.js` block after '`eslint.config.js`:'");
  return match[1];
}

const PROJECT_FILES: Record<string, string> = {
  "Dockerfile": "FROM node:latest\nWORKDIR /app\nCOPY . .\nRUN npm ci\nCMD node server.js\n",
  "compose.yaml": 'version: "3.8"\nservices:\n  web:\n    build: .\n    ports:\n      - "8080:8080"\n',
  ".dockerignore": "node_modules\n.git\n",
};

async function run(command: string, args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await execFileAsync(command, args, {
      cwd,
      env: { ...process.env, NO_COLOR: "1", npm_config_update_notifier: "false" },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof failed.code === "number" ? failed.code : -1, stdout: failed.stdout ?? "", stderr: failed.stderr ?? "" };
  }
}

const workDir = realpathSync(mkdtempSync(path.join(os.tmpdir(), "containers-packaging-")));
const tarballDir = path.join(workDir, "tarballs");
let tarballs: string[] = [];

beforeAll(async () => {
  await Promise.all(
    PACKAGES.map(async (name) => {
      const packed = await run("npx", ["--yes", "pnpm@10.34.9", "pack", "--pack-destination", tarballDir], path.join(repoRoot, "packages", name));
      expect(packed.code, packed.stderr).toBe(0);
    }),
  );
  tarballs = readdirSync(tarballDir).map((name) => path.join(tarballDir, name));
  expect(tarballs).toHaveLength(PACKAGES.length);
  // Both projects install at once: most of the time is npm waiting on its cache and the network.
  await Promise.all(ESLINTS.map((eslint) => installProject(eslint)));
}, INSTALL_TIMEOUT);

function projectDir(eslint: (typeof ESLINTS)[number]): string {
  return path.join(workDir, `eslint-${eslint.major}`);
}

async function installProject(eslint: (typeof ESLINTS)[number]): Promise<void> {
  const project = projectDir(eslint);
  mkdirSync(project);
  const files = { ...PROJECT_FILES, "eslint.config.js": readmeConfig(), "package.json": '{ "name": "app", "private": true }\n' };
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(project, name), text);
  const install = await run(
    "npm",
    ["install", "--prefer-offline", "--no-audit", "--no-fund", "--save-dev", eslint.dir, ...tarballs],
    project,
  );
  expect(install.code, install.stderr).toBe(0);
}

afterAll(() => {
  rmSync(workDir, { recursive: true, force: true });
});

describe("packed tarballs", () => {
  it("carry versions, not workspace: specifiers, and only what the package needs", async () => {
    for (const tarball of tarballs) {
      const listing = await run("tar", ["-xzOf", tarball, "package/package.json"], workDir);
      expect(listing.stdout).not.toContain("workspace:");
    }
    const parser = tarballs.find((file) => path.basename(file).startsWith("dockerfile-eslint-parser"))!;
    const files = (await run("tar", ["-tzf", parser], workDir)).stdout.split("\n");
    expect(files).toContain("package/wasm/tree-sitter-bash.wasm");
    expect(files.some((file) => file.startsWith("package/src/") || file.startsWith("package/tests/"))).toBe(false);
  });

  it("pass publint", async () => {
    const publint = path.join(repoRoot, "node_modules", ".bin", "publint");
    const results = await Promise.all(tarballs.map((tarball) => run(publint, ["--strict", tarball], workDir)));
    for (const [index, result] of results.entries()) {
      expect(result.code, `${path.basename(tarballs[index])}\n${result.stdout}${result.stderr}`).toBe(0);
    }
  }, INSTALL_TIMEOUT);

  it("pass arethetypeswrong (ESM-only profile: Node 20.19+ can require() them)", async () => {
    const attw = path.join(repoRoot, "node_modules", ".bin", "attw");
    const results = await Promise.all(
      tarballs.map((tarball) => run(attw, [tarball, "--profile", "esm-only", "--format", "ascii"], workDir)),
    );
    for (const [index, result] of results.entries()) {
      expect(result.code, `${path.basename(tarballs[index])}\n${result.stdout}${result.stderr}`).toBe(0);
    }
  }, INSTALL_TIMEOUT);
});

describe.each(ESLINTS)("installed with npm next to ESLint $major", (eslint) => {
  const project = projectDir(eslint);

  it("`npx eslint .` lints the Dockerfile and compose.yaml with the README's config", async () => {
    const result = await run("npx", ["--no-install", "eslint", "--format", "json", "."], project);
    expect(result.code, result.stderr).toBe(1);
    const results = JSON.parse(result.stdout) as Array<{
      filePath: string;
      messages: Array<{ ruleId: string | null; fatal?: boolean; line: number }>;
    }>;
    const byFile = new Map(results.map((entry) => [path.relative(project, entry.filePath), entry.messages]));
    for (const messages of byFile.values()) expect(messages.filter((message) => message.fatal)).toEqual([]);
    const rules = (name: string) => (byFile.get(name) ?? []).map((message) => message.ruleId);
    expect(rules("Dockerfile")).toEqual(expect.arrayContaining(["containers/no-latest-tag", "containers/prefer-exec-form"]));
    expect(rules("compose.yaml")).toContain("containers/compose-no-version");
    // Nothing from the packages' own files: the installed node_modules is ignored by default.
    expect([...byFile.keys()].filter((file) => file.startsWith("node_modules"))).toEqual([]);
  }, INSTALL_TIMEOUT);

  it("`npx containers-lint` runs from the installed bin", async () => {
    const result = await run("npx", ["--no-install", "containers-lint", "--format", "json"], project);
    // The project's own eslint.config.js is found and used.
    expect(result.stderr).toContain("using the project's ESLint config eslint.config.js");
    expect(result.code, result.stderr).toBe(1);
    const files = (JSON.parse(result.stdout) as Array<{ filePath: string }>).map((entry) => path.relative(project, entry.filePath));
    // .dockerignore joins the list once the plugin has its language (another branch).
    expect(files.filter((file) => file !== ".dockerignore").sort()).toEqual(["Dockerfile", "compose.yaml"]);
  }, INSTALL_TIMEOUT);
});
