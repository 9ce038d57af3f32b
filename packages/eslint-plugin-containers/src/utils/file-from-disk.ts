import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/** A file read from disk and parsed: ok, missing, or there but unusable (a directory, unreadable, binary, huge, unparsable). */
export type FileFromDisk<T> =
  | { status: "ok"; path: string; value: T }
  | { status: "missing"; path: string }
  | { status: "unreadable"; path: string };

/** Files bigger than this are not read: no Dockerfile or ignore file is that big, a data file might be. */
const MAX_BYTES = 2 * 1024 * 1024;

interface CacheEntry<T> {
  mtimeMs: number;
  size: number;
  result: FileFromDisk<T>;
}

/**
 * A reader of one kind of file (Dockerfiles, .dockerignore files) for rules that look beyond
 * the linted file. Results are cached by absolute path while the file's mtime and size are
 * unchanged, so a lint run reads and parses each file once however many rules and files ask,
 * and an editor session sees edits. Missing files are not cached (they may appear).
 * The reader never throws: `parse` may throw, and the file is then `unreadable`.
 */
export function createFileReader<T>(parse: (text: string) => T): (absolutePath: string) => FileFromDisk<T> {
  const cache = new Map<string, CacheEntry<T>>();
  return (absolutePath) => {
    const file = path.resolve(absolutePath);
    let stats;
    try {
      // Most files asked about (ignore files beside each Dockerfile) do not exist: no exception for those.
      stats = statSync(file, { throwIfNoEntry: false });
    } catch {
      stats = undefined;
    }
    if (!stats) {
      cache.delete(file);
      return { status: "missing", path: file };
    }
    if (!stats.isFile() || stats.size > MAX_BYTES) return { status: "unreadable", path: file };
    const cached = cache.get(file);
    if (cached && cached.mtimeMs === stats.mtimeMs && cached.size === stats.size) return cached.result;
    let result: FileFromDisk<T>;
    try {
      const text = readFileSync(file, "utf8");
      // A NUL byte: a binary file that merely has the expected name.
      result = text.includes("\0") ? { status: "unreadable", path: file } : { status: "ok", path: file, value: parse(text) };
    } catch {
      result = { status: "unreadable", path: file };
    }
    cache.set(file, { mtimeMs: stats.mtimeMs, size: stats.size, result });
    return result;
  };
}

const listings = new Map<string, { mtimeMs: number; names: string[] }>();

/** The names in a directory (cached while its mtime is unchanged); empty when it cannot be read. */
export function listDirectory(directory: string): string[] {
  const dir = path.resolve(directory);
  try {
    // Most directories asked about do not exist: no exception for those.
    const stats = statSync(dir, { throwIfNoEntry: false });
    if (!stats) return [];
    const { mtimeMs } = stats;
    const cached = listings.get(dir);
    if (cached?.mtimeMs === mtimeMs) return cached.names;
    const names = readdirSync(dir);
    listings.set(dir, { mtimeMs, names });
    return names;
  } catch {
    return [];
  }
}
