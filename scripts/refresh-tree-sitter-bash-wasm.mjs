#!/usr/bin/env node
// Refreshes packages/dockerfile-eslint-parser/wasm/tree-sitter-bash.wasm, the bash grammar the
// parser runs through web-tree-sitter, with its licence and the provenance table in
// wasm/tree-sitter-bash.README.md (npm version, tarball integrity, SHA-256 of the wasm).
//
//   node scripts/refresh-tree-sitter-bash-wasm.mjs                   # newest tree-sitter-bash on npm
//   node scripts/refresh-tree-sitter-bash-wasm.mjs --version 0.25.1
//   node scripts/refresh-tree-sitter-bash-wasm.mjs --tarball <path.tgz>   # offline: a local tarball
//
// We vendor the 1.3 MB wasm instead of depending on the npm package: the package is 20 MB
// (grammar sources, native prebuilds) and has a native install script that fails without a C
// toolchain, while the parser only ever loads the wasm. The script fetches the tarball with
// `npm pack` (the ordinary npm client), copies the wasm and the licence byte for byte, checks that
// web-tree-sitter can load the grammar and parse a command, and rewrites the table. Afterwards run
// the parser's tests and the corpus sweeps: a new grammar can change shell trees.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const packageDir = path.join(root, "packages", "dockerfile-eslint-parser");
const wasmDir = path.join(packageDir, "wasm");
const wasmFile = path.join(wasmDir, "tree-sitter-bash.wasm");
const licenceFile = path.join(wasmDir, "tree-sitter-bash.LICENSE");
const readmeFile = path.join(wasmDir, "tree-sitter-bash.README.md");
const requireFromParser = createRequire(path.join(packageDir, "package.json"));

const { values: options } = parseArgs({
  options: {
    version: { type: "string" },
    tarball: { type: "string" },
    help: { type: "boolean", short: "h" },
  },
});

if (options.help) {
  console.log(readFileSync(fileURLToPath(import.meta.url), "utf8").split("\n").slice(1, 16).join("\n"));
  process.exit(0);
}

const work = mkdtempSync(path.join(os.tmpdir(), "tree-sitter-bash-"));
try {
  let tarball = options.tarball ? path.resolve(options.tarball) : undefined;
  if (!tarball) {
    const spec = `tree-sitter-bash@${options.version ?? "latest"}`;
    execFileSync("npm", ["pack", spec, "--pack-destination", work, "--silent"], { stdio: ["ignore", "pipe", "inherit"] });
    tarball = path.join(work, readdirSync(work).find((name) => name.endsWith(".tgz")));
  }
  execFileSync("tar", ["-xzf", tarball, "-C", work]);
  const extracted = path.join(work, "package");
  const manifest = JSON.parse(readFileSync(path.join(extracted, "package.json"), "utf8"));
  const wasm = readFileSync(path.join(extracted, "tree-sitter-bash.wasm"));
  const tarballSha512 = createHash("sha512").update(readFileSync(tarball)).digest("base64");

  // Refuse a grammar that web-tree-sitter cannot load or that does not parse a plain command.
  const { Parser, Language } = requireFromParser("web-tree-sitter");
  await Parser.init();
  const parser = new Parser();
  parser.setLanguage(Language.loadSync(new WebAssembly.Module(wasm)));
  const tree = parser.parse("apt-get update && apt-get install -y curl | tee log");
  if (tree.rootNode.hasError || tree.rootNode.child(0)?.type !== "list") {
    throw new Error(`tree-sitter-bash ${manifest.version}: unexpected tree ${tree.rootNode.toString()}`);
  }

  copyFileSync(path.join(extracted, "tree-sitter-bash.wasm"), wasmFile);
  copyFileSync(path.join(extracted, "LICENSE"), licenceFile);
  const sha256 = createHash("sha256").update(wasm).digest("hex");
  const readme = readFileSync(readmeFile, "utf8")
    .replace(/\| npm version \| .* \|/u, `| npm version | \`${manifest.version}\` |`)
    .replace(/\| Tarball integrity \| .* \|/u, `| Tarball integrity | \`sha512-${tarballSha512}\` |`)
    .replace(/\| SHA-256 of the file \| .* \|/u, `| SHA-256 of the file | \`${sha256}\` |`);
  writeFileSync(readmeFile, readme);
  console.log(`tree-sitter-bash ${manifest.version}: wrote ${path.relative(root, wasmFile)} (${wasm.length} bytes, sha256 ${sha256})`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
