import path from "node:path";
import type { DockerfileAdd, DockerfileArgument, DockerfileCopy } from "dockerfile-eslint-parser";
import { isDirectory } from "../dockerfile-from-disk.js";

export type CopyInstruction = DockerfileCopy | DockerfileAdd;

const REMOTE = /^(?:[a-z][a-z\d+.-]*:\/\/|git@)/iu;

/**
 * The sources of a COPY/ADD that come from the build context. Not: `--from` copies (another
 * stage or image), heredocs (`<<EOF`, written inline), ADD URLs and Git repositories, and
 * instructions inside ONBUILD (they run in the build context of a later image).
 */
export function contextSources(instruction: CopyInstruction): DockerfileArgument[] {
  if (instruction.parent?.type === "DockerfileOnbuild") return [];
  if (instruction.flags.some((flag) => flag.name === "from")) return [];
  return instruction.sources.filter((source) => !source.value.startsWith("<<") && !REMOTE.test(source.value));
}

/**
 * A source as a path relative to the context root (`./src/` → `src`, `.` for the root), or null
 * when it uses variables (`$VAR`, unknown until the build) or leaves the context (`../x`).
 */
export function contextRelativePath(source: string): string | null {
  if (source.includes("$") || source === "") return null;
  let relative = path.posix.normalize(source);
  while (relative.startsWith("/")) relative = relative.slice(1);
  if (relative === "" || relative === "./") return ".";
  if (relative.endsWith("/")) relative = relative.slice(0, -1);
  if (relative === ".." || relative.startsWith("../")) return null;
  return relative;
}

/**
 * A broad source sends a whole folder: the context root (`.`, `./`, `*`), a path written with a
 * trailing `/`, or a path that is a directory in the context on disk.
 */
export function isBroadSource(source: string, contextDir: string | null): boolean {
  const relative = contextRelativePath(source);
  if (relative === null) return false;
  if (relative === "." || relative === "*") return true;
  if (source.endsWith("/")) return true;
  return contextDir !== null && !/[*?[\\]/u.test(relative) && isDirectory(path.join(contextDir, relative));
}
