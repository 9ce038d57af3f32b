/**
 * The ignore file of a build context, as Docker picks it: `<Dockerfile>.dockerignore` beside the
 * Dockerfile first (BuildKit's per-Dockerfile ignore file), then `.dockerignore` at the context
 * root. Files are read through the shared cached reader, only inside the project root
 * (ESLint's cwd).
 */
import path from "node:path";
import type { DockerignorePattern, DockerignoreProgram } from "../../languages/dockerignore/ast.js";
import { parseDockerignore } from "../../languages/dockerignore/parse.js";
import { isInsideDirectory } from "../dockerfile-from-disk.js";
import { createFileReader } from "../file-from-disk.js";

export const readDockerignoreFromDisk = createFileReader(parseDockerignore);

/**
 * - `found`: the ignore file that applies, with its patterns;
 * - `none`: neither file exists (both places are inside the project and were looked at);
 * - `unknown`: cannot tell (a place outside the project, a file that cannot be read). Rules stay quiet.
 */
export type ContextIgnoreFile =
  | { status: "found"; path: string; program: DockerignoreProgram; patterns: DockerignorePattern[] }
  | { status: "none"; candidates: string[] }
  | { status: "unknown" };

export function findContextIgnoreFile(options: {
  /** Absolute path of the Dockerfile; null for an inline Dockerfile (no per-Dockerfile file). */
  dockerfile: string | null;
  /** Absolute path of the build context directory. */
  contextDir: string;
  /** The project root: nothing outside it is read. */
  cwd: string;
}): ContextIgnoreFile {
  const candidates = [
    ...(options.dockerfile ? [`${options.dockerfile}.dockerignore`] : []),
    path.join(options.contextDir, ".dockerignore"),
  ];
  for (const candidate of candidates) {
    if (!isInsideDirectory(options.cwd, candidate)) return { status: "unknown" };
    const read = readDockerignoreFromDisk(candidate);
    if (read.status === "unreadable") return { status: "unknown" };
    if (read.status === "ok") {
      const patterns = read.value.body.filter((line): line is DockerignorePattern => line.type === "DockerignorePattern");
      return { status: "found", path: read.path, program: read.value, patterns };
    }
  }
  return { status: "none", candidates };
}
