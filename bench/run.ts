// `pnpm bench`: side-by-side timings on the shared corpus, printed as ratios, never asserted.
// See bench/README.md for what each row measures and how to read the ratios.
//
//   pnpm bench [--rounds N] [--files N] [--compose-files N] [--only parse,lint,compose]
//
// Runs on the TypeScript sources through tsx (bench/source-hooks.mjs maps the workspace package
// names to src/), so it works whether or not dist/ is built or the build is green.
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
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
const composeLanguageDir = path.join(root, "packages/eslint-plugin-containers/src/languages/compose");
const requireFromRoot = createRequire(path.join(root, "package.json"));
const requireFromParser = createRequire(path.join(parserDir, "package.json"));

const DOCKERFILE_RULES = ["no-latest-tag", "prefer-exec-form", "pip-no-cache-dir"];

// ---------------------------------------------------------------------------------------------
// Options

const { values: args } = parseArgs({
  options: {
    rounds: { type: "string", default: "3" },
    warmup: { type: "string", default: "1" },
    files: { type: "string" },
    "compose-files": { type: "string", default: "50" },
    only: { type: "string", default: "parse,lint,compose" },
    help: { type: "boolean", short: "h", default: false },
  },
  strict: true,
});
if (args.help) {
  console.log(`pnpm bench [--rounds N=3] [--warmup N=1] [--files N=all] [--compose-files N=50] [--only parse,lint,compose]
  --rounds         timed passes over the files (every engine of a section runs in each pass)
  --warmup         untimed passes first (JIT, caches, WASM init)
  --files          evenly spaced subset of the Dockerfiles (default: all)
  --compose-files  evenly spaced subset of the Compose files (dclint costs ~50 ms/file)
  --only           sections to run`);
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

/**
 * An ESLint instance that lints every `<root>/.bench/<i>/<fileName>` with one of the plugin's
 * languages and the given rules (none: the floor).
 */
type BenchESLint = Awaited<ReturnType<typeof eslintWith>>;

async function eslintWith(plugin: PluginLike, language: "dockerfile" | "compose", fileName: string, rules: string[]) {
  const { ESLint } = await import("eslint");
  return new ESLint({
    cwd: root,
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: [`**/${fileName}`],
        plugins: { containers: plugin as never },
        language: `containers/${language}`,
        rules: Object.fromEntries(rules.map((name) => [`containers/${name}`, "error" as const])),
      },
    ],
  });
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

async function lintSection(plugin: PluginLike | undefined, loadError: string | undefined): Promise<void> {
  const eslintVersion = packageVersion(requireFromRoot, "eslint");
  if (!plugin) return void skipped.push(`lint: skipped (${loadError})`);
  if (!plugin.languages?.dockerfile) return void skipped.push("lint: skipped (plugin has no languages.dockerfile yet)");
  const present = DOCKERFILE_RULES.filter((name) => plugin.rules?.[name]);
  const missing = DOCKERFILE_RULES.filter((name) => !plugin.rules?.[name]);
  if (present.length === 0) return void skipped.push(`lint: skipped (none of the rules ${DOCKERFILE_RULES.join(", ")} exist yet)`);
  if (missing.length > 0) notes.push(`lint: rules not in the plugin yet, left out: ${missing.join(", ")}`);

  const floor = await eslintWith(plugin, "dockerfile", "Dockerfile", []);
  const ours = await eslintWith(plugin, "dockerfile", "Dockerfile", present);
  // Every corpus file is linted as <root>/.bench/<i>/Dockerfile: one glob matches them all.
  const filePath = (i: number) => path.join(root, ".bench", String(i), "Dockerfile");
  let fatal = 0;
  const byRule = new Map<string, number>();
  const lint = async (eslint: BenchESLint, f: CorpusFile, i: number, count: boolean) => {
    const [result] = await eslint.lintText(f.text, { filePath: filePath(i) });
    if (count) {
      fatal += result.fatalErrorCount;
      for (const message of result.messages) byRule.set(message.ruleId ?? "(none)", (byRule.get(message.ruleId ?? "(none)") ?? 0) + 1);
    }
    return result.messages;
  };
  const engines: Engine[] = [
    { name: "floor", label: `ESLint ${eslintVersion}, dockerfile language, 0 rules (floor)`, run: (f, i) => lint(floor, f, i, false) },
    { name: "ours", label: `ESLint ${eslintVersion}, dockerfile language, ${present.length} rules (ours)`, run: (f, i) => lint(ours, f, i, true) },
  ];
  try {
    const dockerfilelint = requireFromRoot("dockerfilelint") as { run(configDir: string, content: string): unknown[] };
    // A directory without .dockerfilelintrc: all of dockerfilelint's default checks.
    const configDir = path.join(root, "bench");
    engines.push({
      name: "dockerfilelint",
      label: `dockerfilelint ${packageVersion(requireFromRoot, "dockerfilelint")} (peer, all its checks)`,
      run: (f) => dockerfilelint.run(configDir, f.text),
      vs: "ours",
    });
  } catch (error) {
    notes.push(`lint: dockerfilelint peer skipped (${firstLine(error)})`);
  }
  try {
    const result = await measure("lint", dockerfiles, engines);
    rows.push(...result.rows);
    notes.push(...result.notes);
    const passes = ROUNDS + Math.max(1, WARMUP);
    const counts = [...byRule].sort().map(([rule, n]) => `${rule} ${n / passes}`);
    notes.push(`lint: ours found, per pass: ${counts.join(", ") || "nothing"}; fatal parse errors ${fatal / passes}`);
  } catch (error) {
    skipped.push(`lint: skipped (${firstLine(error)})`);
  }
}

async function composeSection(plugin: PluginLike | undefined, loadError: string | undefined): Promise<void> {
  if (!plugin) {
    const exists = (() => {
      try {
        return readdirSync(composeLanguageDir).length > 0;
      } catch {
        return false;
      }
    })();
    return void skipped.push(`compose: skipped (${exists ? loadError : "no src/languages/compose yet"})`);
  }
  if (!plugin.languages?.compose) return void skipped.push("compose: skipped (plugin has no languages.compose yet)");
  const composeRules = Object.entries(plugin.rules ?? {})
    .filter(([, rule]) => rule.meta?.languages?.includes("containers/compose"))
    .map(([name]) => name)
    .sort();
  const composeFiles = loadDir(path.join(corpus, "compose"), positiveInt(args["compose-files"], "--compose-files"));

  const floor = await eslintWith(plugin, "compose", "compose.yaml", []);
  const ours = await eslintWith(plugin, "compose", "compose.yaml", composeRules);
  const filePath = (i: number) => path.join(root, ".bench", String(i), "compose.yaml");
  const lint = async (eslint: BenchESLint, f: CorpusFile, i: number) =>
    (await eslint.lintText(f.text, { filePath: filePath(i) }))[0].messages;
  const eslintVersion = packageVersion(requireFromRoot, "eslint");
  const engines: Engine[] = [
    { name: "floor", label: `ESLint ${eslintVersion}, compose language, 0 rules (floor)`, run: (f, i) => lint(floor, f, i) },
    { name: "ours", label: `ESLint ${eslintVersion}, compose language, ${composeRules.length} rules (ours)`, run: (f, i) => lint(ours, f, i) },
  ];
  try {
    const { DCLinter } = (await import("dclint")) as unknown as {
      DCLinter: new (config: object) => { lintFiles(paths: string[], recursive: boolean): unknown[] };
    };
    // `rules: {}` enables all of dclint's rules at their defaults, as its CLI does without a config.
    const dclint = new DCLinter({ rules: {}, quiet: true, debug: false, exclude: [] });
    engines.push({
      name: "dclint",
      label: `dclint ${packageVersion(requireFromRoot, "dclint")} (peer, all its rules + schema)`,
      run: (f) => dclint.lintFiles([f.path], false),
      vs: "ours",
    });
  } catch (error) {
    notes.push(`compose: dclint peer skipped (${firstLine(error)})`);
  }
  if (composeRules.length === 0) notes.push("compose: no rule lists containers/compose in meta.languages; ours = floor");
  else notes.push(`compose rules: ${composeRules.join(", ")}`);
  try {
    const result = await measure("compose", composeFiles, engines);
    rows.push(...result.rows);
    notes.push(...result.notes);
  } catch (error) {
    skipped.push(`compose: skipped (${firstLine(error)})`);
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
const needsPlugin = sections.has("lint") || sections.has("compose");
const { plugin, error: loadError } = needsPlugin ? await loadPlugin() : {};
if (sections.has("lint")) await lintSection(plugin, loadError);
if (sections.has("compose")) await composeSection(plugin, loadError);

table(rows);
console.log("");
for (const note of notes) console.log(`note: ${note}`);
for (const skip of skipped) console.log(skip);
if (typeof (globalThis as { gc?: unknown }).gc !== "function") console.log("note: run node with --expose-gc for the memory line");
console.log(`total ${((performance.now() - started) / 1000).toFixed(1)} s (sink ${sink})`);
