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

/** A source that copies the whole build context: `.`, `./`, `/`, `*`, `./*`. */
export function copiesWholeContext(source: string): boolean {
  const relative = contextRelativePath(source);
  return relative === "." || relative === "*";
}

/**
 * A source that copies a whole folder of the context: written with a trailing `/` (`src/`), or
 * a path that is a directory in the context on disk.
 */
export function copiesWholeFolder(source: string, contextDir: string | null): boolean {
  const relative = contextRelativePath(source);
  if (relative === null || relative === "." || relative === "*") return false;
  if (source.endsWith("/")) return true;
  return contextDir !== null && !/[*?[\\]/u.test(relative) && isDirectory(path.join(contextDir, relative));
}
