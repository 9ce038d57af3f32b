import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { parseDockerfile, type Program } from "dockerfile-eslint-parser";

/** A Dockerfile read from disk: parsed, missing, or there but unusable (a directory, unreadable, unparsable). */
export type DockerfileFromDisk =
  | { status: "ok"; path: string; program: Program }
  | { status: "missing"; path: string }
  | { status: "unreadable"; path: string };

interface CacheEntry {
  mtimeMs: number;
  size: number;
  result: DockerfileFromDisk;
}

/**
 * Read+parse results by absolute path. An entry is reused while the file's mtime and size are
 * unchanged, so a lint run parses each Dockerfile once however many services build it, and an
 * editor session sees edits. Missing files are not cached (they may appear).
 */
const cache = new Map<string, CacheEntry>();

/**
 * The Dockerfile at `absolutePath`, parsed with our parser. Never throws: a file that is
 * missing, a directory, unreadable or that the parser rejects comes back with its status.
 */
export function readDockerfileFromDisk(absolutePath: string): DockerfileFromDisk {
  const file = path.resolve(absolutePath);
  let stats;
  try {
    stats = statSync(file);
  } catch {
    cache.delete(file);
    return { status: "missing", path: file };
  }
  if (!stats.isFile()) return { status: "unreadable", path: file };
  const cached = cache.get(file);
  if (cached && cached.mtimeMs === stats.mtimeMs && cached.size === stats.size) return cached.result;
  let result: DockerfileFromDisk;
  try {
    result = { status: "ok", path: file, program: parseDockerfile(readFileSync(file, "utf8")) };
  } catch {
    result = { status: "unreadable", path: file };
  }
  cache.set(file, { mtimeMs: stats.mtimeMs, size: stats.size, result });
  return result;
}

/** Parses Dockerfile text that is not on disk (`build.dockerfile_inline`); null if the parser rejects it. */
export function parseDockerfileText(text: string): Program | null {
  try {
    return parseDockerfile(text);
  } catch {
    return null;
  }
}

/**
 * Whether `file` lies inside `directory` (or is it). Rules only read files inside the
 * directory ESLint runs in (`context.cwd`), never elsewhere on the machine.
 */
export function isInsideDirectory(directory: string, file: string): boolean {
  const relative = path.relative(path.resolve(directory), path.resolve(file));
  return relative === "" || (!relative.startsWith("..") && !path.isAbsolute(relative));
}

/** Whether `directory` exists and is a directory. */
export function isDirectory(directory: string): boolean {
  try {
    return statSync(directory).isDirectory();
  } catch {
    return false;
  }
}
