// `pnpm bench`: side-by-side timings on the shared corpus, printed as ratios, never asserted.
// See bench/README.md for what each row measures and how to read the ratios.
//
//   pnpm bench [--rounds N] [--files N] [--compose-files N] [--only parse,lint,compose]
//
// Runs on the TypeScript sources through tsx (bench/source-hooks.mjs maps the workspace package
// names to src/), so it works whether or not dist/ is built or the build is green.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire, register } from "node:module";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

register("./source-hooks.mjs", import.meta.url);

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const corpus = path.resolve(root, "../shared/corpus");
const parserDir = path.join(root, "packages/dockerfile-eslint-parser");
const pluginEntry = path.join(root, "packages/eslint-plugin-containers/src/index.ts");
const requireFromRoot = createRequire(path.join(root, "package.json"));
const requireFromParser = createRequire(path.join(parserDir, "package.json"));
const requireFromPlugin = createRequire(path.join(root, "packages/eslint-plugin-containers/package.json"));


// ---------------------------------------------------------------------------------------------
// Options

const { values: args } = parseArgs({
  options: {
    rounds: { type: "string", default: "3" },
    warmup: { type: "string", default: "1" },
    files: { type: "string" },
    "compose-files": { type: "string", default: "50" },
    only: { type: "string", default: "parse,lint,compose,kubernetes,cli,big" },
    "big-sizes": { type: "string", default: "1,5,10" },
    "big-compose-sizes": { type: "string", default: "1,5,10" },
    out: { type: "string", default: "bench/results" },
    help: { type: "boolean", short: "h", default: false },
  },
  strict: true,
});
if (args.help) {
  console.log(`pnpm bench [--rounds N=3] [--warmup N=1] [--files N=all] [--compose-files N=50] [--only parse,lint,compose,kubernetes,cli,big]
  --rounds         timed passes over the files (every engine of a section runs in each pass)
  --warmup         untimed passes first (JIT, caches, WASM init)
  --files          evenly spaced subset of the Dockerfiles (default: all)
  --compose-files  evenly spaced subset of the Compose files (dclint costs ~50 ms/file)
  --only           sections to run: parse, lint, compose, kubernetes, cli, big
  --big-sizes      sizes in MB of the generated big Dockerfile (default 1,5,10)
  --big-compose-sizes  sizes in MB of the generated big Compose file (default 1,5,10)
  --out            folder for the JSON results (latest.json and one file per run)`);
  process.exit(0);
}
const ROUNDS = positiveInt(args.rounds, "--rounds");
const WARMUP = Math.max(0, Number.parseInt(args.warmup, 10) || 0);
const sections = new Set(args.only.split(",").map((s) => s.trim()));

function positiveInt(value: string | undefined, flag: string): number {
  const n = Number.parseInt(value ?? "", 10);
  if (!Number.isFinite(n) || n < 1) throw new Error(`${flag} expects a positive integer, got ${value}`);
  return n;
}

// ---------------------------------------------------------------------------------------------
// Harness

interface CorpusFile {
  name: string;
  path: string;
  text: string;
}

/** One engine of a section: runs one file; the return value is kept only to defeat dead-code elimination. */
interface Engine {
  /** Short name, used in the "vs" column. */
  name: string;
  label: string;
  run(file: CorpusFile, index: number): unknown;
  /** Ratio of this engine's times to the engine with this name (default: the section's first). */
  vs?: string;
}

interface Row {
  section: string;
  label: string;
  files: number;
  rounds: number;
  mean: number;
  median: number;
  ratioMean: number | null;
  ratioMedian: number | null;
  vs: string;
}

interface SectionResult {
  rows: Row[];
  notes: string[];
}

let sink = 0;
function consume(value: unknown): void {
  if (Array.isArray(value)) sink += value.length;
  else if (value && typeof value === "object") sink += 1;
}

function evenlySpaced<T>(items: T[], count: number | undefined): T[] {
  if (count === undefined || count >= items.length) return items;
  const step = items.length / count;
  return Array.from({ length: count }, (_, i) => items[Math.floor(i * step)]);
}

function loadDir(dir: string, limit: number | undefined): CorpusFile[] {
  const names = readdirSync(dir).sort();
  return evenlySpaced(names, limit).map((name) => {
    const file = path.join(dir, name);
    return { name, path: file, text: readFileSync(file, "utf8") };
  });
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split("\n")[0].slice(0, 160);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Times every engine on every file, side by side: in each round, for each file, all engines run
 * back to back, in an order rotated per file and round so no engine always goes first (or
 * always runs right after the same neighbour). Warm-up passes first; a file that throws in any
 * engine during warm-up is dropped from the section for all engines, and noted.
 */
async function measure(section: string, files: CorpusFile[], engines: Engine[]): Promise<SectionResult> {
  const notes: string[] = [];
  let kept = files;
  for (let pass = 0; pass < Math.max(1, WARMUP); pass++) {
    const next: CorpusFile[] = [];
    for (const [i, file] of kept.entries()) {
      let ok = true;
      for (const engine of engines) {
        try {
          consume(await engine.run(file, i));
        } catch (error) {
          ok = false;
          if (pass === 0) notes.push(`${engine.label} threw on ${file.name}: ${firstLine(error)} (file left out of "${section}")`);
        }
      }
      if (ok) next.push(file);
    }
    kept = next;
  }
  if (kept.length === 0) throw new Error("every file threw in warm-up");

  const totals = engines.map(() => new Float64Array(kept.length));
  for (let round = 0; round < ROUNDS; round++) {
    for (const [i, file] of kept.entries()) {
      for (let k = 0; k < engines.length; k++) {
        const e = (k + i + round) % engines.length;
        const start = performance.now();
        consume(await engines[e].run(file, i));
        totals[e][i] += performance.now() - start;
      }
    }
  }

  const stats = engines.map((engine, e) => {
    const perFile = Array.from(totals[e], (total) => total / ROUNDS);
    return { engine, mean: perFile.reduce((a, b) => a + b, 0) / perFile.length, median: median(perFile) };
  });
  const rows = stats.map(({ engine, mean, median: med }, e): Row => {
    const ref = engine.vs ? stats.find((s) => s.engine.name === engine.vs) : stats[0];
    const base = !ref || (e === 0 && !engine.vs);
    return {
      section,
      label: engine.label,
      files: kept.length,
      rounds: ROUNDS,
      mean,
      median: med,
      ratioMean: base ? null : mean / ref.mean,
      ratioMedian: base ? null : med / ref.median,
      vs: base ? "(base)" : ref.engine.name,
    };
  });
  return { rows, notes };
}

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Heap (JS + external, which holds the tree-sitter WASM memory) retained by all results of an engine. */
function retainedMemory(files: CorpusFile[], run: (file: CorpusFile) => unknown): { heapMB: number; rssMB: number } {
  gc();
  gc();
  const before = process.memoryUsage();
  const kept = files.map((file) => run(file));
  gc();
  gc();
  const after = process.memoryUsage();
  consume(kept); // keeps the results alive until after the measurement; dropped on return
  const heap = after.heapUsed + after.external - (before.heapUsed + before.external);
  return { heapMB: heap / 2 ** 20, rssMB: (after.rss - before.rss) / 2 ** 20 };
}

function packageVersion(require: NodeJS.Require, name: string): string {
  try {
    let dir = path.dirname(require.resolve(name));
    while (dir !== path.dirname(dir)) {
      try {
        const pkg = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as { name?: string; version?: string };
        if (pkg.name === name) return pkg.version ?? "?";
      } catch {
        // keep walking up
      }
      dir = path.dirname(dir);
    }
  } catch {
    // not installed
  }
  return "?";
}

// ---------------------------------------------------------------------------------------------
// Sections

const rows: Row[] = [];
const notes: string[] = [];
const skipped: string[] = [];
const dockerfiles = loadDir(path.join(corpus, "dockerfiles"), args.files ? positiveInt(args.files, "--files") : undefined);

type PluginLike = {
  languages?: Record<string, unknown>;
  rules?: Record<string, { meta?: { languages?: string[] } }>;
};

/** The plugin from its sources; it is being written concurrently, so a failed import is a skip, not a crash. */
async function loadPlugin(): Promise<{ plugin?: PluginLike; error?: string }> {
  try {
    const mod = (await import(pathToFileURL(pluginEntry).href)) as { default: PluginLike };
    return { plugin: mod.default };
  } catch (error) {
    return { error: `plugin did not load: ${firstLine(error)}` };
  }
}

async function parseSection(): Promise<void> {
  const { parseDockerfile } = (await import(pathToFileURL(path.join(parserDir, "src/index.ts")).href)) as {
    parseDockerfile: (text: string) => unknown;
  };
  const { DockerfileParser } = requireFromParser("dockerfile-ast") as { DockerfileParser: { parse(text: string): unknown } };
  const astVersion = packageVersion(requireFromParser, "dockerfile-ast");
  const engines: Engine[] = [
    { name: "dockerfile-ast", label: `dockerfile-ast ${astVersion} (DockerfileParser.parse)`, run: (f) => DockerfileParser.parse(f.text) },
    { name: "ours", label: "parseDockerfile (ours, incl. tree-sitter shell)", run: (f) => parseDockerfile(f.text) },
  ];
  const result = await measure("parse", dockerfiles, engines);
  rows.push(...result.rows);
  notes.push(...result.notes);
  if (typeof (globalThis as { gc?: unknown }).gc === "function") {
    const a = retainedMemory(dockerfiles, (f) => DockerfileParser.parse(f.text));
    const b = retainedMemory(dockerfiles, (f) => parseDockerfile(f.text));
    const fmt = (m: { heapMB: number; rssMB: number }) => `${m.heapMB.toFixed(1)} MB heap+external, RSS +${m.rssMB.toFixed(1)} MB`;
    notes.push(
      `memory, all ${dockerfiles.length} ASTs kept alive: dockerfile-ast ${fmt(a)}; ours ${fmt(b)} ` +
        `(${(b.heapMB / a.heapMB).toFixed(1)}x heap)`,
    );
  }
}

type FlatConfig = Record<string, unknown>;
type LanguageLike = {
  parse(file: { body: unknown; path: string }, context: unknown): unknown;
  createSourceCode(file: unknown, result: unknown, context: unknown): unknown;
};

/** An empty Program for a text: what the plain floors hand ESLint after parsing. */
function emptyProgram(text: string) {
  const lines = text.split(/\r\n|[\r\n]/u);
  return {
    type: "Program",
    body: [],
    comments: [],
    tokens: [],
    sourceType: "script",
    range: [0, text.length],
    loc: { start: { line: 1, column: 0 }, end: { line: lines.length, column: lines[lines.length - 1].length } },
    parent: null,
  };
}

/**
 * The plain floor of a language: ESLint with a language that only runs the plain parser
 * (dockerfile-ast, or yaml-eslint-parser for YAML) and returns an empty Program. What is left
 * above it in "ours" is our AST, our SourceCode and traversal, and the rules.
 */
function plainFloorLanguage(base: LanguageLike, parse: (text: string) => unknown): LanguageLike {
  const language = Object.create(base) as LanguageLike;
  language.parse = (file) => {
    const text = String(file.body);
    parse(text);
    return { ok: true, ast: emptyProgram(text) };
  };
  return language;
}

/** The plugin with its languages replaced by their plain floors (same language names, same globs). */
async function plainFloorPlugin(plugin: PluginLike): Promise<PluginLike> {
  const { DockerfileParser } = requireFromParser("dockerfile-ast") as { DockerfileParser: { parse(text: string): unknown } };
  const { parseYAML } = (await import(pathToFileURL(requireFromPlugin.resolve("yaml-eslint-parser")).href)) as { parseYAML(text: string): unknown };
  const languages = plugin.languages as Record<string, LanguageLike>;
  return {
    ...plugin,
    languages: {
      ...languages,
      dockerfile: plainFloorLanguage(languages.dockerfile, (text) => DockerfileParser.parse(text)),
      compose: plainFloorLanguage(languages.compose, (text) => parseYAML(text)),
      kubernetes: plainFloorLanguage(languages.kubernetes, (text) => parseYAML(text)),
    },
  };
}

/** A config of the plugin (recommended, strict) with every rule switched off: the language alone. */
function withoutRules(configs: FlatConfig[]): FlatConfig[] {
  return configs.map((config) => ({ ...config, rules: {} }));
}

function withPlugin(configs: FlatConfig[], plugin: PluginLike): FlatConfig[] {
  return configs.map((config) => ({ ...config, plugins: { containers: plugin } }));
}

type ConfigsOf = Record<"recommended" | "strict", FlatConfig[]>;

async function eslintFor(configs: FlatConfig[], fix = false) {
  const { ESLint } = await import("eslint");
  return new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: configs as never, fix });
}

/** Engines for one language: plain floor, ours without rules, recommended, strict, strict --fix. */
async function languageEngines(plugin: PluginLike, fileName: (i: number) => string, language: string): Promise<Engine[]> {
  const floorPlugin = await plainFloorPlugin(plugin);
  const configs = (plugin as { configs: ConfigsOf }).configs;
  const eslintVersion = packageVersion(requireFromRoot, "eslint");
  const make = async (name: string, label: string, list: FlatConfig[], fix = false): Promise<Engine> => {
    const eslint = await eslintFor(list, fix);
    return {
      name,
      label: `ESLint ${eslintVersion}, ${label}`,
      vs: name === "plain" ? undefined : "plain",
      run: async (f, i) => {
        const [result] = await eslint.lintText(f.text, { filePath: fileName(i) });
        if (result.fatalErrorCount > 0 && name !== "plain") fatalCounts.set(`${language} ${name}`, (fatalCounts.get(`${language} ${name}`) ?? 0) + 1);
        return result.messages;
      },
    };
  };
  const countRules = (list: FlatConfig[]) =>
    list.filter((c) => c.language === `containers/${language}`).reduce((n, c) => n + Object.keys((c.rules as object) ?? {}).length, 0);
  return [
    await make("plain", `${language}: plain floor (plain parser, empty AST)`, withoutRules(withPlugin(configs.strict, floorPlugin))),
    await make("language", `${language}: our language, 0 rules`, withoutRules(configs.strict)),
    await make("recommended", `${language}: recommended (${countRules(configs.recommended)} rules)`, configs.recommended),
    await make("strict", `${language}: strict (${countRules(configs.strict)} rules)`, configs.strict),
    await make("strict-fix", `${language}: strict --fix`, configs.strict, true),
  ];
}

const fatalCounts = new Map<string, number>();

async function lintSection(plugin: PluginLike | undefined, loadError: string | undefined): Promise<void> {
  if (!plugin) return void skipped.push(`lint: skipped (${loadError})`);
  // Every corpus file is linted as <root>/.bench/<i>/Dockerfile: the configs' globs match them all.
  const engines = await languageEngines(plugin, (i) => path.join(root, ".bench", String(i), "Dockerfile"), "dockerfile");
  try {
    const dockerfilelint = requireFromRoot("dockerfilelint") as { run(configDir: string, content: string): unknown[] };
    // A directory without .dockerfilelintrc: all of dockerfilelint's default checks.
    const configDir = path.join(root, "bench");
    engines.push({
      name: "dockerfilelint",
      label: `dockerfilelint ${packageVersion(requireFromRoot, "dockerfilelint")} (peer, all its checks, in process)`,
      run: (f) => dockerfilelint.run(configDir, f.text),
      vs: "strict",
    });
  } catch (error) {
    notes.push(`lint: dockerfilelint peer skipped (${firstLine(error)})`);
  }
  const result = await measure("lint", dockerfiles, engines);
  rows.push(...result.rows);
  notes.push(...result.notes);
}

async function composeSection(plugin: PluginLike | undefined, loadError: string | undefined): Promise<void> {
  if (!plugin) return void skipped.push(`compose: skipped (${loadError})`);
  const composeFiles = loadDir(path.join(corpus, "compose"), positiveInt(args["compose-files"], "--compose-files"));
  const engines = await languageEngines(plugin, (i) => path.join(root, ".bench", String(i), "compose.yaml"), "compose");
  try {
    const { DCLinter } = (await import("dclint")) as unknown as {
      DCLinter: new (config: object) => { lintFiles(paths: string[], recursive: boolean): unknown[] };
    };
    // `rules: {}` enables all of dclint's rules at their defaults, as its CLI does without a config.
    const dclint = new DCLinter({ rules: {}, quiet: true, debug: false, exclude: [] });
    engines.push({
      name: "dclint",
      label: `dclint ${packageVersion(requireFromRoot, "dclint")} (peer, all its rules + schema, in process)`,
      run: (f) => dclint.lintFiles([f.path], false),
      vs: "strict",
    });
  } catch (error) {
    notes.push(`compose: dclint peer skipped (${firstLine(error)})`);
  }
  const result = await measure("compose", composeFiles, engines);
  rows.push(...result.rows);
  notes.push(...result.notes);
}

async function kubernetesSection(plugin: PluginLike | undefined, loadError: string | undefined): Promise<void> {
  if (!plugin) return void skipped.push(`kubernetes: skipped (${loadError})`);
  const manifests = loadDir(path.join(corpus, "kubernetes"), undefined);
  const engines = (await languageEngines(plugin, (i) => path.join(root, ".bench", String(i), "k8s", "manifest.yaml"), "kubernetes")).filter(
    (engine) => engine.name !== "recommended",
  );
  const result = await measure("kubernetes", manifests, engines);
  rows.push(...result.rows);
  notes.push(...result.notes);
}

// ---------------------------------------------------------------------------------------------
// CLI runs (child processes over the whole corpus), start-up, peak memory

interface CliRow {
  label: string;
  seconds: number;
  files: number;
  peakMB: number | null;
  ratio: number | null;
  vs: string;
}
const cliRows: CliRow[] = [];

/** Runs a command, returns wall time and peak RSS (from /usr/bin/time when present). */
function timed(command: string, argv: string[], cwd: string): { seconds: number; peakMB: number | null } {
  const useTime = existsSync("/usr/bin/time");
  const start = performance.now();
  const result = spawnSync(useTime ? "/usr/bin/time" : command, useTime ? ["-f", "PEAK_RSS_KB %M", command, ...argv] : argv, {
    cwd,
    encoding: "utf8",
    maxBuffer: 1 << 28,
  });
  const seconds = (performance.now() - start) / 1000;
  const peak = /PEAK_RSS_KB (\d+)/u.exec(result.stderr ?? "");
  // Exit code 1 is "problems found"; anything else means the run itself failed.
  const failed = /Command exited with non-zero status (\d+)/u.exec(result.stderr ?? "");
  const eslintRun = command === process.execPath;
  if (eslintRun && ((failed && failed[1] !== "1") || (!useTime && result.status !== 0 && result.status !== 1))) {
    notes.push(`cli: ${path.basename(command)} ${argv.slice(-3).join(" ")} failed: ${firstLine((result.stderr ?? "").trim())}`);
  }
  return { seconds, peakMB: peak ? Number(peak[1]) / 1024 : null };
}

/**
 * The CLI configs. The plain floor does not load our plugin at all: a language of its own that
 * runs dockerfile-ast (or yaml-eslint-parser) and hands ESLint an empty Program, with the
 * SourceCode base class of @eslint/plugin-kit, so start-up compares ESLint alone with ESLint
 * plus our packages.
 */
/** The built plugin as users load it: the file its package.json `exports` point at (the bundle). */
const builtPlugin = () => requireFromPlugin.resolve("eslint-plugin-containers");

const CLI_CONFIG = (kind: "plain" | "strict") => {
  const url = (file: string) => JSON.stringify(pathToFileURL(file).href);
  if (kind === "strict") {
    return `// Generated by bench/run.ts.\nimport plugin from ${url(builtPlugin())};\nexport default plugin.configs.strict;\n`;
  }
  return `// Generated by bench/run.ts: the plain floor, without our packages.
import { createRequire } from "node:module";
const require = createRequire(${JSON.stringify(path.join(parserDir, "package.json"))});
const { DockerfileParser } = require("dockerfile-ast");
const { parseYAML } = await import(${url(requireFromPlugin.resolve("yaml-eslint-parser"))});
const { TextSourceCodeBase, VisitNodeStep } = await import(${url(requireFromPlugin.resolve("@eslint/plugin-kit"))});
class PlainSourceCode extends TextSourceCodeBase {
  traverse() {
    return [new VisitNodeStep({ target: this.ast, phase: 1, args: [this.ast, null] }), new VisitNodeStep({ target: this.ast, phase: 2, args: [this.ast, null] })];
  }
}
function language(parse) {
  return {
    fileType: "text", lineStart: 1, columnStart: 0, nodeTypeKey: "type", visitorKeys: { Program: [] }, defaultLanguageOptions: {},
    validateLanguageOptions() {},
    parse(file) {
      const text = String(file.body);
      parse(text);
      const lines = text.split(/\\r\\n|[\\r\\n]/u);
      const loc = { start: { line: 1, column: 0 }, end: { line: lines.length, column: lines[lines.length - 1].length } };
      return { ok: true, ast: { type: "Program", body: [], comments: [], tokens: [], range: [0, text.length], loc } };
    },
    createSourceCode(file, result) { return new PlainSourceCode({ text: String(file.body), ast: result.ast }); },
  };
}
const plain = { languages: { dockerfile: language((t) => DockerfileParser.parse(t)), yaml: language((t) => parseYAML(t)) } };
export default [
  { files: ["**/Dockerfile"], plugins: { plain }, language: "plain/dockerfile" },
  { files: ["**/compose.yaml"], plugins: { plain }, language: "plain/yaml" },
];
`;
};

/**
 * A fresh process that lints one file kind first and then the same text 5 more times with
 * `strict` through the ESLint class: what the first lint costs over the later ones (loading the
 * language's parser, the Compose schema validator, ESLint compiling the rules' option schemas,
 * cold code). `warm` first lints one Dockerfile, so that ESLint's own first-lint costs are paid
 * and only what the kind itself adds is left.
 */
const FIRST_LINT_SCRIPT = (eslintApi: string, plugin: string) => `// Generated by bench/run.ts.
import { readFileSync } from "node:fs";
const { ESLint } = await import(${JSON.stringify(pathToFileURL(eslintApi).href)});
const plugin = (await import(${JSON.stringify(pathToFileURL(plugin).href)})).default;
const [kind, warm] = process.argv.slice(2);
const files = { dockerfile: "df/0/Dockerfile", compose: "compose/0/compose.yaml" };
const eslint = new ESLint({ cwd: process.cwd(), overrideConfigFile: true, overrideConfig: plugin.configs.strict });
const lint = async (which) => {
  const start = performance.now();
  await eslint.lintText(readFileSync(files[which], "utf8"), { filePath: files[which] });
  return performance.now() - start;
};
if (warm) await lint("dockerfile");
const first = await lint(kind);
const later = [];
for (let i = 0; i < 5; i++) later.push(await lint(kind));
later.sort((a, b) => a - b);
console.log(JSON.stringify({ first, later: later[2] }));
`;

async function cliSection(): Promise<void> {
  const dist = builtPlugin();
  if (!existsSync(dist)) return void skipped.push("cli: skipped (run `pnpm build` first: the CLI loads the built plugin)");
  const dir = path.join(root, ".bench", "cli");
  rmSync(dir, { recursive: true, force: true });
  const all = loadDir(path.join(corpus, "dockerfiles"), undefined);
  for (const [i, file] of all.entries()) {
    mkdirSync(path.join(dir, "df", String(i)), { recursive: true });
    writeFileSync(path.join(dir, "df", String(i), "Dockerfile"), file.text);
  }
  const composeAll = loadDir(path.join(corpus, "compose"), positiveInt(args["compose-files"], "--compose-files"));
  for (const [i, file] of composeAll.entries()) {
    mkdirSync(path.join(dir, "compose", String(i)), { recursive: true });
    writeFileSync(path.join(dir, "compose", String(i), "compose.yaml"), file.text);
  }
  writeFileSync(path.join(dir, "plain.config.mjs"), CLI_CONFIG("plain"));
  writeFileSync(path.join(dir, "strict.config.mjs"), CLI_CONFIG("strict"));
  const eslintBin = path.join(path.dirname(requireFromRoot.resolve("eslint/package.json")), "bin", "eslint.js");
  const eslint = (config: string, target: string, extra: string[] = []) =>
    timed(process.execPath, [eslintBin, "--config", config, "--no-warn-ignored", "--format", "json", ...extra, target], dir);
  const add = (label: string, files: number, run: { seconds: number; peakMB: number | null }, base?: CliRow) => {
    const row: CliRow = { label, files, ...run, ratio: base ? run.seconds / base.seconds : null, vs: base ? base.label : "(base)" };
    cliRows.push(row);
    return row;
  };
  // Warm the file system cache and the compile cache once.
  eslint("plain.config.mjs", "df");
  const plainDf = add(`eslint CLI, plain floor, ${all.length} Dockerfiles`, all.length, eslint("plain.config.mjs", "df"));
  add("eslint CLI, strict, Dockerfiles", all.length, eslint("strict.config.mjs", "df"), plainDf);
  add("eslint CLI, strict --concurrency=auto, Dockerfiles", all.length, eslint("strict.config.mjs", "df", ["--concurrency=auto"]), plainDf);
  const dockerfilelintBin = path.join(root, "node_modules/.bin/dockerfilelint");
  if (existsSync(dockerfilelintBin)) {
    // dockerfilelint aborts its whole run on a file it cannot read (one corpus file): leave those out.
    const dockerfilelint = requireFromRoot("dockerfilelint") as { run(configDir: string, content: string): unknown[] };
    const readable = all.flatMap((file, i) => {
      try {
        dockerfilelint.run(path.join(root, "bench"), file.text);
        return [path.join("df", String(i), "Dockerfile")];
      } catch {
        return [];
      }
    });
    add(`dockerfilelint CLI (peer), ${readable.length} Dockerfiles`, readable.length, timed(dockerfilelintBin, ["-j", ...readable], dir), plainDf);
  }
  const plainCompose = add(`eslint CLI, plain floor, ${composeAll.length} Compose files`, composeAll.length, eslint("plain.config.mjs", "compose"));
  add("eslint CLI, strict, Compose", composeAll.length, eslint("strict.config.mjs", "compose"), plainCompose);
  const dclintBin = path.join(root, "node_modules/.bin/dclint");
  if (existsSync(dclintBin)) add("dclint CLI (peer), Compose", composeAll.length, timed(dclintBin, ["-r", "compose", "-f", "json"], dir), plainCompose);
  // Start-up: one small file, best of 5.
  const single = path.join("df", "0", "Dockerfile");
  const best = (config: string) => {
    const runs = Array.from({ length: 5 }, () => eslint(config, single));
    return runs.sort((a, b) => a.seconds - b.seconds)[0];
  };
  const plainStart = add("single-file CLI start-up, plain floor (best of 5)", 1, best("plain.config.mjs"));
  add("single-file CLI start-up, strict (best of 5)", 1, best("strict.config.mjs"), plainStart);
  const importTime = (specifier: string) =>
    Number(
      execFileSync(process.execPath, ["--input-type=module", "-e", `const t = performance.now(); await import(${JSON.stringify(specifier)}); console.log(performance.now() - t);`], {
        cwd: root,
        encoding: "utf8",
      }),
    );
  // Import time in a fresh process, each package as users import it (its bundle), interleaved.
  const imports: Record<string, string> = {
    eslint: requireFromRoot.resolve("eslint"),
    "dockerfile-eslint-parser": requireFromParser.resolve("dockerfile-eslint-parser"),
    "eslint-plugin-containers": dist,
    "eslint-config-containers": requireFromRoot.resolve("eslint-config-containers"),
  };
  const importTimes = new Map<string, number[]>(Object.keys(imports).map((name) => [name, []]));
  for (let round = 0; round < 5; round++) {
    for (const [name, file] of Object.entries(imports)) importTimes.get(name)?.push(importTime(pathToFileURL(file).href));
  }
  notes.push(
    `import time (median of 5 fresh processes): ${[...importTimes].map(([name, times]) => `${name} ${median(times).toFixed(0)} ms`).join("; ")}`,
  );
  // First lint of a kind in a fresh process vs the later ones (median of 5 processes).
  writeFileSync(path.join(dir, "first-lint.mjs"), FIRST_LINT_SCRIPT(requireFromRoot.resolve("eslint"), dist));
  const firstLint = (kind: string, warm: boolean) => {
    const runs = Array.from({ length: 5 }, () => {
      const out = execFileSync(process.execPath, ["first-lint.mjs", kind, ...(warm ? ["warm"] : [])], { cwd: dir, encoding: "utf8" });
      return JSON.parse(out) as { first: number; later: number };
    });
    const first = median(runs.map((run) => run.first));
    const later = median(runs.map((run) => run.later));
    return `${first.toFixed(0)} ms, later ones ${later.toFixed(1)} ms: +${(first - later).toFixed(0)} ms`;
  };
  notes.push(`first Compose lint in a fresh process (strict, ESLint class, median of 5): ${firstLint("compose", false)}`);
  notes.push(`first Compose lint after one Dockerfile lint (what Compose itself adds): ${firstLint("compose", true)}`);
  notes.push(`first Dockerfile lint in a fresh process: ${firstLint("dockerfile", false)}`);
  if (!process.env.BENCH_KEEP) rmSync(dir, { recursive: true, force: true });
}

// ---------------------------------------------------------------------------------------------
// Big files: time should grow linearly with size

interface BigRow {
  kind: string;
  mb: number;
  ms: number;
  msPerMB: number;
  /** CPU time of the process (all threads) over the lint: steadier than wall time on a busy machine. */
  cpuMs: number;
}
const bigRows: BigRow[] = [];

async function bigSection(plugin: PluginLike | undefined): Promise<void> {
  if (!plugin) return;
  const configs = (plugin as { configs: ConfigsOf }).configs;
  const eslint = await eslintFor(configs.strict);
  const sizes = args["big-sizes"].split(",").map(Number).filter((n) => n > 0);
  const composeSizes = args["big-compose-sizes"].split(",").map(Number).filter((n) => n > 0);
  const dockerfileText = dockerfiles.map((f) => f.text).join("\n");
  const composeFiles = loadDir(path.join(corpus, "compose"), undefined);
  const composeService = (i: number) => `  s${i}:\n    image: nginx:1.27\n    ports: ["${1000 + (i % 60000)}:80"]\n    environment:\n      KEY_${i}: value\n    depends_on: [s${i + 1}]\n`;
  const composeOf = (bytes: number) => {
    const parts = ["services:\n"];
    let length = parts[0].length;
    for (let i = 0; length < bytes; i++) {
      const part = composeService(i);
      parts.push(part);
      length += part.length;
    }
    return parts.join("");
  };
  const repeat = (body: string, bytes: number, head = "") => {
    let text = head;
    while (text.length < bytes) text += `${body}\n`;
    return text.slice(0, bytes);
  };
  // The corpus end to end is ~1,000 short stages; the one-stage file (every FROM but the first
  // commented out) checks that what a rule asks about a stage does not grow with the stage.
  const oneStageText = dockerfileText.replace(/^([ \t]*)FROM\b/gimu, "$1# FROM");
  const make: Record<string, { file: string; sizes: number[]; build: (bytes: number) => string }> = {
    Dockerfile: { file: "Dockerfile", sizes, build: (bytes) => repeat(dockerfileText, bytes) },
    "Dockerfile, one stage": { file: "Dockerfile", sizes, build: (bytes) => repeat(oneStageText, bytes, "FROM alpine:3.20\n") },
    "compose.yaml": { file: "compose.yaml", sizes: composeSizes, build: (bytes) => composeOf(bytes) },
  };
  void composeFiles;
  for (const [name, { file, sizes, build }] of Object.entries(make)) {
    await eslint.lintText(build(100_000), { filePath: path.join(root, ".bench", "big", file) }); // warm-up
    for (const mb of sizes) {
      const text = build(mb * 2 ** 20);
      const start = performance.now();
      const cpuStart = process.cpuUsage();
      await eslint.lintText(text, { filePath: path.join(root, ".bench", "big", file) });
      const ms = performance.now() - start;
      const cpu = process.cpuUsage(cpuStart);
      bigRows.push({ kind: name, mb, ms, msPerMB: ms / mb, cpuMs: (cpu.user + cpu.system) / 1000 });
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Run and print

function header(): void {
  let commit = "?";
  try {
    commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: root, encoding: "utf8" }).trim();
  } catch {
    // not a git checkout
  }
  const cpus = os.cpus();
  console.log("eslint-containers bench: times per file, side by side in one process (ratios, not assertions)");
  console.log(`  date     ${new Date().toISOString()}`);
  console.log(`  node     ${process.version} (${process.platform}-${process.arch}), ${cpus.length} CPUs: ${cpus[0]?.model.trim() ?? "?"}`);
  const load = os.loadavg()[0];
  const busy = load > cpus.length * 0.75 ? "  <- busy machine: absolute times inflated, ratios noisier" : "";
  console.log(`  load     ${load.toFixed(2)} (1-min average)${busy}`);
  console.log(`  code     ${commit} + working tree, TypeScript sources via tsx`);
  console.log(`  corpus   ${path.relative(root, corpus)}: ${dockerfiles.length} Dockerfiles`);
  console.log(`  rounds   ${ROUNDS} timed after ${WARMUP} warm-up; engines interleaved per file, order rotated`);
  console.log("");
}

function table(list: Row[]): void {
  const head = ["section", "engine", "files", "rounds", "mean ms/file", "median ms/file", "ratio mean", "ratio median", "vs"];
  const ratio = (x: number | null) => (x === null ? "1.00" : `${x.toFixed(2)}x`);
  const body = list.map((r) => [
    r.section,
    r.label,
    String(r.files),
    String(r.rounds),
    r.mean.toFixed(3),
    r.median.toFixed(3),
    ratio(r.ratioMean),
    ratio(r.ratioMedian),
    r.vs,
  ]);
  const widths = head.map((h, c) => Math.max(h.length, ...body.map((row) => row[c].length)));
  const numeric = new Set([2, 3, 4, 5, 6, 7]);
  const line = (cells: string[]) => cells.map((cell, c) => (numeric.has(c) ? cell.padStart(widths[c]) : cell.padEnd(widths[c]))).join("  ");
  console.log(line(head));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  let previous = "";
  for (const [i, row] of body.entries()) {
    if (previous && list[i].section !== previous) console.log("");
    previous = list[i].section;
    console.log(line(row));
  }
}

const started = performance.now();
header();
if (sections.has("parse")) {
  try {
    await parseSection();
  } catch (error) {
    skipped.push(`parse: skipped (${firstLine(error)})`);
  }
}
const needsPlugin = ["lint", "compose", "kubernetes", "big"].some((name) => sections.has(name));
const { plugin, error: loadError } = needsPlugin ? await loadPlugin() : {};
const run = async (name: string, section: () => Promise<void>) => {
  if (!sections.has(name)) return;
  try {
    await section();
  } catch (error) {
    skipped.push(`${name}: skipped (${firstLine(error)})`);
  }
};
await run("lint", () => lintSection(plugin, loadError));
await run("compose", () => composeSection(plugin, loadError));
await run("kubernetes", () => kubernetesSection(plugin, loadError));
await run("big", () => bigSection(plugin));
await run("cli", () => cliSection());

if (rows.length > 0) table(rows);
if (cliRows.length > 0) {
  console.log("");
  console.log("CLI over the corpus (child processes; wall time, peak RSS)");
  for (const row of cliRows) {
    const ratio = row.ratio === null ? "" : `  ${row.ratio.toFixed(2)}x vs ${row.vs}`;
    const peak = row.peakMB === null ? "" : `  peak ${row.peakMB.toFixed(0)} MB`;
    console.log(`  ${row.label.padEnd(58)} ${row.seconds.toFixed(2).padStart(7)} s${peak}${ratio}`);
  }
}
if (bigRows.length > 0) {
  console.log("");
  console.log("Big files, strict, one lintText each (linear: ms/MB stays flat)");
  for (const row of bigRows) {
    const cpu = `${row.cpuMs.toFixed(0).padStart(7)} ms CPU  ${(row.cpuMs / row.mb).toFixed(0).padStart(6)} CPU ms/MB`;
    console.log(`  ${row.kind.padEnd(21)} ${String(row.mb).padStart(3)} MB  ${row.ms.toFixed(0).padStart(7)} ms  ${row.msPerMB.toFixed(0).padStart(6)} ms/MB  ${cpu}`);
  }
}
console.log("");
for (const note of notes) console.log(`note: ${note}`);
for (const [what, count] of fatalCounts) console.log(`note: ${what}: ${count} fatal parse errors over all passes`);
for (const skip of skipped) console.log(skip);
if (typeof (globalThis as { gc?: unknown }).gc !== "function") console.log("note: run node with --expose-gc for the memory line");

const outDir = path.resolve(root, args.out);
mkdirSync(outDir, { recursive: true });
const saved = {
  date: new Date().toISOString(),
  node: process.version,
  cpus: os.cpus().length,
  load: os.loadavg()[0],
  args,
  rows,
  cli: cliRows,
  big: bigRows,
  notes,
};
const stamp = saved.date.replace(/[:.]/gu, "-");
writeFileSync(path.join(outDir, `${stamp}.json`), `${JSON.stringify(saved, null, 2)}\n`);
writeFileSync(path.join(outDir, "latest.json"), `${JSON.stringify(saved, null, 2)}\n`);
console.log(`saved ${path.relative(root, path.join(outDir, `${stamp}.json`))} and latest.json`);
console.log(`total ${((performance.now() - started) / 1000).toFixed(1)} s (sink ${sink})`);
