/**
 * Finds the container files under the given paths: Dockerfiles/Containerfiles, Compose files and
 * `.dockerignore` files, skipping `.git`, `node_modules` and what `.gitignore` files exclude
 * (every `.gitignore` from the repository root down to each folder, as git reads them).
 * ESLint then decides, from the config, which of them it has a language for.
 */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import ignore, { type Ignore } from "ignore";

const CONTAINER_FILE = [
  /^(?:Dockerfile|Containerfile)(?:\..+)?$/u,
  /\.[Dd]ockerfile$/u,
  /^(?:docker-)?compose(?:\..+)?\.ya?ml$/u,
  /(?:^|\.)dockerignore$/u,
];
const NEVER_WALKED = new Set([".git", "node_modules"]);

export function isContainerFileName(name: string): boolean {
  return CONTAINER_FILE.some((pattern) => pattern.test(name));
}

interface GitignoreScope {
  dir: string;
  rules: Ignore;
}

function gitignoreIn(dir: string): GitignoreScope | null {
  const file = path.join(dir, ".gitignore");
  if (!existsSync(file)) return null;
  return { dir, rules: ignore().add(readFileSync(file, "utf8")) };
}

/** The .gitignore files of `dir`'s ancestors up to the repository root (the folder with .git). */
function ancestorScopes(dir: string): GitignoreScope[] {
  const scopes: GitignoreScope[] = [];
  let current = path.dirname(dir);
  for (;;) {
    if (current === dir) break;
    const scope = gitignoreIn(current);
    if (scope) scopes.unshift(scope);
    if (existsSync(path.join(current, ".git"))) break;
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  return existsSync(path.join(dir, ".git")) ? [] : scopes;
}

function isIgnored(file: string, isDir: boolean, scopes: readonly GitignoreScope[]): boolean {
  return scopes.some((scope) => {
    const relative = path.relative(scope.dir, file).split(path.sep).join("/");
    return relative !== "" && !relative.startsWith("..") && scope.rules.ignores(isDir ? `${relative}/` : relative);
  });
}

/** Absolute paths of the container files under `inputs` (files given by name are kept as is). */
export function findContainerFiles(inputs: readonly string[], cwd: string): string[] {
  const found = new Set<string>();
  const walk = (dir: string, scopes: GitignoreScope[]) => {
    const own = gitignoreIn(dir);
    const inScope = own ? [...scopes, own] : scopes;
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!NEVER_WALKED.has(entry.name) && !isIgnored(full, true, inScope)) walk(full, inScope);
      } else if (entry.isFile() && isContainerFileName(entry.name) && !isIgnored(full, false, inScope)) {
        found.add(full);
      }
    }
  };
  for (const input of inputs) {
    const full = path.resolve(cwd, input);
    const stats = statSync(full);
    if (stats.isDirectory()) walk(full, ancestorScopes(full));
    else found.add(full);
  }
  return [...found];
}
