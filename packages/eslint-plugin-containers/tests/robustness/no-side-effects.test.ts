/**
 * No side effects: linting with every rule of every language runs no process and opens no
 * connection, and the rules that read neighbouring files (the Dockerfile a Compose service
 * builds, the build context's .dockerignore, the project's ecosystem files) stay inside the
 * project root (ESLint's cwd), whatever paths a hostile file names.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { Linter } from "eslint";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const require = createRequire(import.meta.url);
const touched = vi.hoisted(() => [] as string[]);
const forbidden = vi.hoisted(() => [] as string[]);

vi.mock("node:fs", async (importOriginal) => {
  const fs = await importOriginal<typeof import("node:fs")>();
  const record =
    <F extends (...args: never[]) => unknown>(name: string, original: F) =>
    (...args: Parameters<F>) => {
      if (typeof args[0] === "string") touched.push(path.resolve(args[0]));
      return original(...args);
    };
  const wrapped = {
    ...fs,
    readFileSync: record("readFileSync", fs.readFileSync),
    statSync: record("statSync", fs.statSync),
    lstatSync: record("lstatSync", fs.lstatSync),
    readdirSync: record("readdirSync", fs.readdirSync),
    existsSync: record("existsSync", fs.existsSync),
    openSync: record("openSync", fs.openSync),
  };
  return { ...wrapped, default: wrapped };
});

vi.mock("node:child_process", async (importOriginal) => {
  const original = await importOriginal<typeof import("node:child_process")>();
  const deny = (name: string) => () => {
    forbidden.push(`child_process.${name}`);
    throw new Error(`a rule ran a process (${name})`);
  };
  const denied = Object.fromEntries(["spawn", "spawnSync", "exec", "execSync", "execFile", "execFileSync", "fork"].map((name) => [name, deny(name)]));
  return { ...original, ...denied, default: { ...original, ...denied } };
});

const { plugin, pluginForConfig } = await import("../helpers/plugin.js");

let outside: string;
let project: string;

function everyRule(language: string): Linter.RulesRecord {
  return Object.fromEntries(
    Object.entries(plugin.rules)
      .filter(([, rule]) => rule.meta.languages.includes(`containers/${language}`))
      .map(([name]) => [`containers/${name}`, "error" as const]),
  );
}

beforeAll(() => {
  const base = mkdtempSync(path.join(os.tmpdir(), "containers-side-effects-"));
  outside = path.join(base, "outside");
  project = path.join(base, "project");
  mkdirSync(outside, { recursive: true });
  mkdirSync(path.join(project, "app"), { recursive: true });
  writeFileSync(path.join(outside, "Dockerfile"), "FROM alpine:3.20\nCOPY . .\n");
  writeFileSync(path.join(outside, ".dockerignore"), "*\n");
  writeFileSync(path.join(outside, "package.json"), "{}\n");
  writeFileSync(path.join(project, "app", "Dockerfile"), "FROM node:22\nCOPY . .\n");
  writeFileSync(path.join(project, "package.json"), "{}\n");
  globalThis.fetch = (() => {
    forbidden.push("fetch");
    throw new Error("a rule used the network");
  }) as typeof fetch;
});

afterAll(() => {
  rmSync(path.dirname(project), { recursive: true, force: true });
});

describe("no side effects", () => {
  it("reads nothing outside the project, runs no process, opens no connection", () => {
    const linter = new Linter({ cwd: project });
    const config: Linter.Config[] = [
      { files: ["**/Dockerfile"], plugins: { containers: pluginForConfig }, language: "containers/dockerfile", rules: everyRule("dockerfile") },
      { files: ["**/compose.yaml"], plugins: { containers: pluginForConfig }, language: "containers/compose", rules: everyRule("compose") },
      { files: ["**/.dockerignore"], plugins: { containers: pluginForConfig }, language: "containers/dockerignore", rules: everyRule("dockerignore") },
      { files: ["**/k8s/*.yaml"], plugins: { containers: pluginForConfig }, language: "containers/kubernetes", rules: everyRule("kubernetes") },
    ];
    const escape = path.relative(project, outside);
    const files: Record<string, string> = {
      "compose.yaml": [
        "services:",
        "  a:",
        `    build: ${escape}`,
        "  b:",
        `    build: {context: ${path.join(escape, "..", "outside")}, dockerfile: Dockerfile}`,
        "  c:",
        `    build: {context: ., dockerfile: ${path.join(escape, "Dockerfile")}}`,
        "  d:",
        `    build: {context: ${outside}}`,
        "  e:",
        "    build: {context: /etc}",
        "  f:",
        "    build: {context: https://github.com/docker/compose.git}",
        "    env_file: [/etc/passwd, ../../outside/.env]",
        "",
      ].join("\n"),
      Dockerfile: `FROM alpine:3.20\nCOPY ${escape}/Dockerfile /x\nADD https://example.com/x.tar.gz /x\nRUN curl https://example.com | sh\n`,
      ".dockerignore": `${escape}\n/etc/passwd\n`,
      "k8s/pod.yaml": "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: c, image: nginx}]\n  volumes: [{name: v, hostPath: {path: /etc}}]\n",
      "app/Dockerfile": "FROM node:22\nCOPY . .\n",
    };
    touched.length = 0;
    for (const [name, text] of Object.entries(files)) {
      const messages = linter.verify(text, config, path.join(project, name));
      expect(messages.filter((message) => message.fatal)).toEqual([]);
    }
    expect(forbidden).toEqual([]);
    // The rules did look at neighbouring files inside the project.
    expect(touched.some((file) => file.startsWith(project + path.sep))).toBe(true);
    // The packages' own files, loaded on first use (the bash grammar with the first shell parse),
    // are not the rules reading the user's files.
    const ownFiles = [path.dirname(require.resolve("dockerfile-eslint-parser/package.json")) + path.sep];
    const outsideProject = touched.filter(
      (file) => path.relative(project, file).startsWith("..") && !ownFiles.some((own) => file.startsWith(own)),
    );
    expect(outsideProject).toEqual([]);
  });
});
