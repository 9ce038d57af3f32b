import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { getStaticYAMLValue, parseYAML } from "../yaml-parser.js";
import { isInsideDirectory } from "../dockerfile-from-disk.js";

/**
 * Names declared by the Compose files a file may be combined with (`docker compose -f a -f b`):
 * the other Compose files of its folder (`docker-compose.infrastructure.yml` beside
 * `docker-compose.yml`, suite fragments), and the standard Compose files of the folders above
 * it up to the project root (`extensions/x/x-compose.yml` used with the root
 * `docker-compose.yml`). A reference another file declares is not undefined.
 */

/** Top-level section name -> declared names. */
export type Declarations = Map<string, Set<string>>;

const SECTIONS = ["services", "networks", "volumes", "secrets", "configs", "models"];
const STANDARD_NAMES = ["compose.yaml", "compose.yml", "docker-compose.yaml", "docker-compose.yml"];
/** Folders with more YAML files than this are not Compose folders; read none of them. */
const MAX_SIBLINGS = 50;

interface CacheEntry {
  mtimeMs: number;
  size: number;
  declarations: Declarations | null;
}

/**
 * Declarations by absolute path, reused while a file's mtime and size are unchanged: a lint run
 * reads each sibling once however many files share it (as `dockerfile-from-disk.ts` does).
 */
const cache = new Map<string, CacheEntry>();

/** What a Compose file on disk declares; null when it is missing, unreadable or not Compose. */
function declarationsOf(file: string): Declarations | null {
  let stats;
  try {
    stats = statSync(file);
  } catch {
    cache.delete(file);
    return null;
  }
  if (!stats.isFile()) return null;
  const cached = cache.get(file);
  if (cached && cached.mtimeMs === stats.mtimeMs && cached.size === stats.size) return cached.declarations;
  let declarations: Declarations | null = null;
  try {
    const value: unknown = getStaticYAMLValue(parseYAML(readFileSync(file, "utf8")));
    const documents = Array.isArray(value) ? value : [value];
    for (const document of documents) {
      if (!document || typeof document !== "object" || Array.isArray(document)) continue;
      const top = document as Record<string, unknown>;
      if (!("services" in top) && !SECTIONS.some((section) => section in top)) continue;
      declarations ??= new Map();
      for (const section of SECTIONS) {
        const names = top[section];
        if (!names || typeof names !== "object" || Array.isArray(names)) continue;
        const set = declarations.get(section) ?? new Set<string>();
        for (const name of Object.keys(names)) set.add(name);
        declarations.set(section, set);
      }
    }
  } catch {
    declarations = null;
  }
  cache.set(file, { mtimeMs: stats.mtimeMs, size: stats.size, declarations });
  return declarations;
}

function listYamlFiles(directory: string): string[] {
  try {
    return readdirSync(directory).filter((name) => /\.ya?ml$/iu.test(name));
  } catch {
    return [];
  }
}

/**
 * The names the files `filename` may be combined with declare, merged. Only files inside
 * `root` (ESLint's working directory) are read; an unreadable one counts as declaring nothing.
 */
export function siblingDeclarations(filename: string, root: string): Declarations {
  const result: Declarations = new Map();
  const file = path.resolve(filename);
  if (!path.isAbsolute(filename) || !isInsideDirectory(root, file)) return result;
  const add = (other: string) => {
    if (other === file) return;
    for (const [section, names] of declarationsOf(other) ?? []) {
      const set = result.get(section) ?? new Set<string>();
      for (const name of names) set.add(name);
      result.set(section, set);
    }
  };
  const folder = path.dirname(file);
  const siblings = listYamlFiles(folder);
  if (siblings.length <= MAX_SIBLINGS) for (const name of siblings) add(path.join(folder, name));
  for (let directory = path.dirname(folder); isInsideDirectory(root, directory); directory = path.dirname(directory)) {
    for (const name of STANDARD_NAMES) add(path.join(directory, name));
    if (directory === path.dirname(directory)) break;
  }
  return result;
}
