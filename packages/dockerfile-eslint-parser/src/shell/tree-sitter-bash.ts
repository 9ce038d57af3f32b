import { createRequire } from "node:module";
import { Language, Parser, type Tree } from "web-tree-sitter";

/*
 * The shell parser: tree-sitter's bash grammar compiled to WebAssembly. Loading WebAssembly is
 * asynchronous, so this module awaits it once at import time (top-level await); every parse
 * after that is synchronous, as ESLint requires. docs/architecture.md records why we chose it
 * over mvdan-sh (sync, slower) and sh-syntax (async only).
 */
const require = createRequire(import.meta.url);

await Parser.init();
const bash = await Language.load(require.resolve("tree-sitter-bash/tree-sitter-bash.wasm"));
const parser = new Parser();
parser.setLanguage(bash);

/**
 * Parses shell text and hands the tree to `use`; the tree lives in WebAssembly memory and is
 * freed as soon as `use` returns, so callers must copy what they need out of it.
 */
export function withShellTree<T>(text: string, use: (tree: Tree) => T): T {
  const tree = parser.parse(text);
  if (!tree) throw new Error("the shell parser returned no tree");
  try {
    return use(tree);
  } finally {
    tree.delete();
  }
}

export type { Node as TreeSitterNode } from "web-tree-sitter";
