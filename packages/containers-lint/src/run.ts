/**
 * containers-lint: ESLint with eslint-containers' recommended (or strict) config over the
 * container files of a folder, with no config file needed. Where the project has its own
 * eslint.config.*, that config is used instead (and said so on stderr).
 */
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { parseArgs } from "node:util";
import { ESLint } from "eslint";
import { eslintOptions, type RunSettings, SETTINGS_VARIABLE } from "./eslint-options.js";
import { findContainerFiles } from "./find-files.js";
import { createProgress } from "./progress.js";

export interface RunIo {
  cwd: string;
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown; isTTY?: boolean };
}

const USAGE = `Usage: containers-lint [options] [paths...]

Lints the Dockerfiles, Compose files and .dockerignore files under the given paths (default: .),
respecting .gitignore, with eslint-containers' recommended rules. A project with its own
eslint.config.* is linted with that config instead.

Options:
  --strict                 the strict config (recommended plus hardening rules)
  --fix                    apply the safe fixes
  -f, --format <name>      stylish (default), json, sarif, or any ESLint formatter
  --max-warnings <n>       exit 1 when there are more than n warnings
  --concurrency <n|auto|off>  lint in n worker threads (ESLint 9.34+)
  --cache                  only lint files that changed since the last run
  --cache-location <path>  where to keep the cache (default: .eslintcache)
  -h, --help               this help
  -v, --version            the version
Exit code: 0 clean, 1 lint errors (or too many warnings), 2 a usage or internal error.
`;

const CONFIG_NAMES = ["eslint.config.js", "eslint.config.mjs", "eslint.config.cjs", "eslint.config.ts", "eslint.config.mts", "eslint.config.cts"];
/** Below this many files the progress bar would only flicker. */
const PROGRESS_MIN_FILES = 20;
const PROGRESS_BATCH = 10;

/** The project's own flat config in `cwd` or a parent folder, as ESLint would find it. */
export function findProjectConfig(cwd: string): string | null {
  for (let dir = cwd; ; dir = path.dirname(dir)) {
    const found = CONFIG_NAMES.map((name) => path.join(dir, name)).find((file) => existsSync(file));
    if (found) return found;
    if (path.dirname(dir) === dir) return null;
  }
}

function parseConcurrency(value: string | undefined): RunSettings["concurrency"] {
  if (value === undefined) return undefined;
  if (value === "auto" || value === "off") return value;
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1) throw new UsageError(`--concurrency must be a positive integer, "auto" or "off", not "${value}"`);
  return count;
}

class UsageError extends Error {}

const require = createRequire(import.meta.url);
let runCount = 0;

async function createESLint(settings: RunSettings): Promise<ESLint> {
  if (settings.concurrency === undefined || settings.concurrency === "off") return new ESLint(eslintOptions(settings));
  // Worker threads rebuild the options from the environment (see options-module.ts).
  process.env[SETTINGS_VARIABLE] = JSON.stringify(settings);
  runCount += 1;
  return ESLint.fromOptionsModule(new URL(`./options-module.js?run=${runCount}`, import.meta.url));
}

async function format(eslint: ESLint, name: string, results: ESLint.LintResult[], cwd: string): Promise<string> {
  if (name === "sarif") {
    const sarif = require("@microsoft/eslint-formatter-sarif") as (
      results: ESLint.LintResult[],
      data: { cwd: string; rulesMeta: ReturnType<ESLint["getRulesMetaForResults"]> },
    ) => string;
    return sarif(results, { cwd, rulesMeta: eslint.getRulesMetaForResults(results) });
  }
  const formatter = await eslint.loadFormatter(name);
  return formatter.format(results, { cwd, rulesMeta: eslint.getRulesMetaForResults(results) } as never);
}

async function lintWithProgress(eslint: ESLint, files: string[], io: RunIo): Promise<ESLint.LintResult[]> {
  if (!io.stderr.isTTY || files.length < PROGRESS_MIN_FILES) return eslint.lintFiles(files);
  const progress = createProgress(files.length, io.stderr as NodeJS.WriteStream);
  const results: ESLint.LintResult[] = [];
  try {
    for (let start = 0; start < files.length; start += PROGRESS_BATCH) {
      results.push(...(await eslint.lintFiles(files.slice(start, start + PROGRESS_BATCH))));
      progress.update(Math.min(start + PROGRESS_BATCH, files.length));
    }
  } finally {
    progress.finish();
  }
  return results;
}

/** Runs the CLI; resolves to the exit code. */
export async function run(argv: readonly string[], io: RunIo): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        strict: { type: "boolean", default: false },
        fix: { type: "boolean", default: false },
        format: { type: "string", short: "f", default: "stylish" },
        "max-warnings": { type: "string" },
        concurrency: { type: "string" },
        cache: { type: "boolean", default: false },
        "cache-location": { type: "string" },
        help: { type: "boolean", short: "h", default: false },
        version: { type: "boolean", short: "v", default: false },
      },
    });
    if (values.help) {
      io.stdout.write(USAGE);
      return 0;
    }
    if (values.version) {
      io.stdout.write(`${(require("../package.json") as { version: string }).version}\n`);
      return 0;
    }
    const maxWarnings = values["max-warnings"] === undefined ? -1 : Number(values["max-warnings"]);
    if (!Number.isInteger(maxWarnings) || maxWarnings < -1) throw new UsageError("--max-warnings must be an integer");

    const projectConfig = findProjectConfig(io.cwd);
    if (projectConfig) {
      io.stderr.write(
        `containers-lint: using the project's ESLint config ${path.relative(io.cwd, projectConfig) || projectConfig}` +
          `${values.strict ? " (--strict is ignored: the project's config decides the rules)" : ""}\n`,
      );
    }
    const settings: RunSettings = {
      cwd: io.cwd,
      fix: values.fix,
      strict: values.strict,
      useProjectConfig: projectConfig !== null,
      cache: values.cache,
      cacheLocation: values["cache-location"],
      concurrency: parseConcurrency(values.concurrency),
    };
    const eslint = await createESLint(settings);

    const candidates = findContainerFiles(positionals.length > 0 ? positionals : ["."], io.cwd);
    const files: string[] = [];
    for (const file of candidates) {
      // Only the files the config has a language for (a .dockerignore before its language exists).
      if (!(await eslint.isPathIgnored(file)) && (await eslint.calculateConfigForFile(file)) !== undefined) files.push(file);
    }
    if (files.length === 0) {
      io.stderr.write("containers-lint: no Dockerfile, Compose file or .dockerignore found to lint\n");
      return 0;
    }

    const results = await lintWithProgress(eslint, files, io);
    if (settings.fix) await ESLint.outputFixes(results);
    const output = await format(eslint, values.format, results, io.cwd);
    if (output) io.stdout.write(output.endsWith("\n") ? output : `${output}\n`);

    const errors = results.reduce((sum, result) => sum + result.errorCount, 0);
    const warnings = results.reduce((sum, result) => sum + result.warningCount, 0);
    if (errors > 0) return 1;
    if (maxWarnings >= 0 && warnings > maxWarnings) {
      io.stderr.write(`containers-lint: ${warnings} warnings, more than --max-warnings ${maxWarnings}\n`);
      return 1;
    }
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`containers-lint: ${message}\n${error instanceof UsageError ? `\n${USAGE}` : ""}`);
    return 2;
  }
}
