import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import v8 from "node:v8";
import type * as WebTreeSitter from "web-tree-sitter";

/*
 * The shell parser: tree-sitter's bash grammar compiled to WebAssembly, loaded without a
 * top-level await so that `require()` of this package (and of the plugin and config that import
 * it) works from CommonJS: Node refuses `require()` of an ES module graph that awaits at the top
 * (ERR_REQUIRE_ASYNC_MODULE), which broke `eslint.config.cjs` files.
 *
 * Two steps:
 * - At import, web-tree-sitter's runtime (its own 200 KB wasm) starts, synchronously: the file is
 *   read with readFileSync, compiled and instantiated with the synchronous
 *   `new WebAssembly.Module`/`new WebAssembly.Instance` (handed to emscripten through its
 *   `instantiateWasm` hook, which completes in the same call). web-tree-sitter's `Parser.init` is
 *   still an `async` function, so its last bookkeeping steps run as a handful of microtasks: the
 *   runtime is ready before any I/O callback or timer of the process runs, i.e. long before ESLint
 *   has read a file to lint. This step cannot wait for the first parse: ESLint parses
 *   synchronously, and nothing synchronous can wait for those microtasks.
 * - At the first shell parse, the 1.3 MB bash grammar is read, compiled and loaded, all
 *   synchronously (`Language.loadSync`). A process that lints no Dockerfile with a RUN (most runs
 *   of a repo-wide config, which lint JavaScript) never pays for it.
 * Only code that parses in the very same synchronous turn as its import can be too early; it
 * gets a clear error telling it to `await shellParserReady` first.
 *
 * We load web-tree-sitter's CommonJS build: its ESM build starts `Parser.init` with
 * `await import("module")`, which under loader hooks (tsx, jiti) is a real asynchronous round trip.
 */
const require = createRequire(import.meta.url);
const { Language, Parser } = require("web-tree-sitter") as typeof WebTreeSitter;

/** The synchronous half of the WebAssembly API (Node has it; the project's `lib` has no wasm types). */
interface SyncWebAssembly {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: object };
}
const { Module: WasmModule, Instance: WasmInstance } = (globalThis as unknown as { WebAssembly: SyncWebAssembly })
  .WebAssembly;

/**
 * Compiled with V8's baseline compiler (Liftoff) only. A synchronous compile otherwise also
 * queued the optimizing compiler (TurboFan) for every function of the 1.3 MB grammar: about
 * a second of CPU in the background, which kept a one-file lint busy after its output and
 * tripled its CPU time, for a parser that spends its time in a few hot functions. The flag is
 * set around the compile only and restored after, so other WebAssembly in the process is
 * unaffected.
 */
function compileWasm(file: string): object {
  const bytes = readFileSync(file);
  v8.setFlagsFromString("--liftoff-only");
  try {
    return new WasmModule(bytes);
  } finally {
    v8.setFlagsFromString("--no-liftoff-only");
  }
}

/**
 * The grammar is vendored in the package's `wasm/` folder (see wasm/tree-sitter-bash.README.md),
 * found from the package root: this module runs from `src/`, from `dist/` and bundled in `dist/`.
 */
const BASH_WASM = path.join(
  path.dirname(require.resolve("dockerfile-eslint-parser/package.json")),
  "wasm",
  "tree-sitter-bash.wasm",
);

let runtimeReady = false;
let loadError: unknown;
let parser: WebTreeSitter.Parser | undefined;

/**
 * The tree-cursor functions of web-tree-sitter's WebAssembly, called directly. web-tree-sitter's
 * `TreeCursor` copies the cursor's four words into the transfer buffer before every call and
 * back after it, through generic `setValue`/`getValue` helpers: for a walk that reads every
 * node, that marshalling cost as much as the parse. The wasm functions read the cursor from the
 * transfer buffer and store it back there, so a walk that makes no other tree-sitter call in
 * between can leave it there. Each takes the tree's address.
 */
export interface CursorFunctions {
  ts_tree_cursor_goto_first_child_wasm(tree: number): number;
  ts_tree_cursor_goto_next_sibling_wasm(tree: number): number;
  ts_tree_cursor_goto_parent_wasm(tree: number): number;
  ts_tree_cursor_current_node_type_id_wasm(tree: number): number;
  ts_tree_cursor_current_node_is_missing_wasm(tree: number): number;
  ts_tree_cursor_current_field_id_wasm(tree: number): number;
  ts_tree_cursor_start_index_wasm(tree: number): number;
  ts_tree_cursor_end_index_wasm(tree: number): number;
}

/** The cursor functions, the wasm memory and the transfer buffer's address; null if the build lacks them. */
export let directCursor: { functions: CursorFunctions; memory: { buffer: ArrayBuffer }; transferBuffer: number } | null = null;

const CURSOR_FUNCTIONS: Array<keyof CursorFunctions> = [
  "ts_tree_cursor_goto_first_child_wasm",
  "ts_tree_cursor_goto_next_sibling_wasm",
  "ts_tree_cursor_goto_parent_wasm",
  "ts_tree_cursor_current_node_type_id_wasm",
  "ts_tree_cursor_current_node_is_missing_wasm",
  "ts_tree_cursor_current_field_id_wasm",
  "ts_tree_cursor_start_index_wasm",
  "ts_tree_cursor_end_index_wasm",
];

/** The runtime's exports and imports, kept from instantiation until the runtime is initialized. */
let runtime: { imports: object; exports: Record<string, unknown> } | undefined;

function findDirectCursor(imports: object, exports: Record<string, unknown>): typeof directCursor {
  const env = (imports as { env?: Record<string, unknown> }).env ?? {};
  const memory = [exports.memory, env.memory].find((value) => value && typeof value === "object" && "buffer" in value) as
    | { buffer: ArrayBuffer }
    | undefined;
  const init = exports.ts_init;
  if (!memory || typeof init !== "function" || CURSOR_FUNCTIONS.some((name) => typeof exports[name] !== "function")) return null;
  // `ts_init` only stores the language versions in the transfer buffer and returns its address.
  return { functions: exports as unknown as CursorFunctions, memory, transferBuffer: (init as () => number)() };
}

/** Resolves when the shell parser can parse; rejects if web-tree-sitter's runtime cannot start. */
export const shellParserReady: Promise<void> = Parser.init({
  instantiateWasm(imports: object, receive: (instance: object, module: object) => void): object {
    const module = compileWasm(require.resolve("web-tree-sitter/web-tree-sitter.wasm"));
    const instance = new WasmInstance(module, imports);
    receive(instance, module);
    runtime = { imports, exports: instance.exports as Record<string, unknown> };
    return instance.exports;
  },
} as object).then(
  () => {
    if (runtime) directCursor = findDirectCursor(runtime.imports, runtime.exports);
    runtime = undefined;
    runtimeReady = true;
  },
  (error: unknown) => {
    loadError = error;
    throw error;
  },
);
// A failed load is reported by the first parse; do not also crash the process as unhandled.
shellParserReady.catch(() => undefined);

/** Can the shell parser parse (true from the first microtasks after import)? */
export function isShellParserReady(): boolean {
  return runtimeReady;
}

function loadErrorMessage(error: unknown): string {
  const reason = error instanceof Error ? error.message : String(error);
  return `dockerfile-eslint-parser: the tree-sitter-bash WebAssembly failed to load: ${reason}`;
}

/** The parser, with the bash grammar loaded on the first call (synchronously). */
function readyParser(): WebTreeSitter.Parser {
  if (parser) return parser;
  if (loadError !== undefined) throw new Error(loadErrorMessage(loadError));
  if (!runtimeReady) {
    throw new Error(
      "dockerfile-eslint-parser: the shell parser is still loading (it finishes a few microtasks after " +
        "the package is imported). Code that parses in the same synchronous turn as its import must first " +
        "`await shellParserReady` (exported by dockerfile-eslint-parser).",
    );
  }
  try {
    const bash = Language.loadSync(compileWasm(BASH_WASM) as Parameters<typeof Language.loadSync>[0]);
    const ready = new Parser();
    ready.setLanguage(bash);
    parser = ready;
    return ready;
  } catch (error) {
    loadError = error;
    throw new Error(loadErrorMessage(error), { cause: error });
  }
}

/**
 * Parses shell text and hands the tree to `use`; the tree lives in WebAssembly memory and is
 * freed as soon as `use` returns, so callers must copy what they need out of it.
 */
export function withShellTree<T>(text: string, use: (tree: WebTreeSitter.Tree) => T): T {
  const tree = readyParser().parse(text);
  if (!tree) throw new Error("the shell parser returned no tree");
  try {
    return use(tree);
  } finally {
    tree.delete();
  }
}

export type { Node as TreeSitterNode } from "web-tree-sitter";
