// Module resolve hook for `pnpm bench`: points the workspace packages' bare names at their
// TypeScript sources (src/index.ts), which tsx then loads. The bench thus measures the code in
// the working tree, not a possibly stale or missing dist/ (the packages' `exports` point there).
// Registered from bench/run.ts with `module.register`; hooks registered later run first, so this
// runs before tsx's own resolver. It rewrites the specifier and still goes through tsx's resolver
// (short-circuiting would skip the format tsx's loader needs to compile the .ts file).
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const SOURCES = new Map([
  ["dockerfile-eslint-parser", "packages/dockerfile-eslint-parser/src/index.ts"],
  ["eslint-plugin-containers", "packages/eslint-plugin-containers/src/index.ts"],
  ["eslint-config-containers", "packages/eslint-config-containers/src/index.ts"],
]);

export async function resolve(specifier, context, next) {
  const source = SOURCES.get(specifier);
  return next(source ? pathToFileURL(path.join(root, source)).href : specifier, context);
}
