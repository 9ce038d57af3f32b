import { statSync } from "node:fs";
import path from "node:path";
import { parseDockerfile, type Program } from "dockerfile-eslint-parser";
import { createFileReader } from "./file-from-disk.js";

/** A Dockerfile read from disk: parsed, missing, or there but unusable (a directory, unreadable, binary, huge, unparsable). */
export type DockerfileFromDisk =
  | { status: "ok"; path: string; program: Program }
  | { status: "missing"; path: string }
  | { status: "unreadable"; path: string };

const readDockerfile = createFileReader(parseDockerfile);

/**
 * The Dockerfile at `absolutePath`, parsed with our parser (read through the shared, cached
 * `createFileReader`). Never throws: a file that is missing, a directory, unreadable, binary,
 * huge or that the parser rejects comes back with its status.
 */
export function readDockerfileFromDisk(absolutePath: string): DockerfileFromDisk {
  const read = readDockerfile(absolutePath);
  return read.status === "ok" ? { status: "ok", path: read.path, program: read.value } : read;
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
    // No exception for a missing directory: the usual answer.
    return statSync(directory, { throwIfNoEntry: false })?.isDirectory() ?? false;
  } catch {
    return false;
  }
}
