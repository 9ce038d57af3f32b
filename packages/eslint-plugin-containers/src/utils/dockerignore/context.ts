/**
 * The ignore file of a build context, as Docker picks it: `<Dockerfile>.dockerignore` beside the
 * Dockerfile first (BuildKit's per-Dockerfile ignore file), then `.dockerignore` at the context
 * root (then Podman's `.containerignore`). Files are read through the shared cached reader, only inside the project root
 * (ESLint's cwd).
 */
import path from "node:path";
import type { DockerignorePattern, DockerignoreProgram } from "../../languages/dockerignore/ast.js";
import { parseDockerignore } from "../../languages/dockerignore/parse.js";
import { isInsideDirectory } from "../dockerfile-from-disk.js";
import type { RuleContext } from "../create-rule.js";
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
    // Podman and Buildah read `.containerignore` (same format); Docker does not, so it comes last.
    path.join(options.contextDir, ".containerignore"),
  ];
  for (const candidate of candidates) {
    if (!isInsideDirectory(options.cwd, candidate)) return { status: "unknown" };
    const read = readDockerignoreFromDisk(candidate);
    if (read.status === "unreadable") return { status: "unknown" };
    if (read.status === "ok") return { status: "found", path: read.path, program: read.value, patterns: patternsOf(read.value) };
  }
  return { status: "none", candidates };
}

/**
 * The patterns of an ignore file, listed once per parse of the file (the reader keeps the parse
 * while the file is unchanged), so matchers built from them can be reused from lint to lint.
 */
const patternLists = new WeakMap<DockerignoreProgram, DockerignorePattern[]>();

function patternsOf(program: DockerignoreProgram): DockerignorePattern[] {
  let patterns = patternLists.get(program);
  if (!patterns) {
    patterns = program.body.filter((line): line is DockerignorePattern => line.type === "DockerignorePattern");
    patternLists.set(program, patterns);
  }
  return patterns;
}

/** The build context of the linted Dockerfile and its ignore file; null when the Dockerfile is not a file inside the project. */
export interface DockerfileContext {
  dockerfile: string;
  contextDir: string;
  ignore: ContextIgnoreFile;
}

/**
 * For Dockerfile rules: the context is the Dockerfile's folder, or `contextOption` (relative to
 * the project root) when the build runs elsewhere (`docker build -f docker/Dockerfile .`).
 */
export function dockerfileContext(context: RuleContext<unknown[]>, contextOption: string | undefined): DockerfileContext | null {
  // Looked up once per linted file and context option: several rules ask for it.
  let byOption = contexts.get(context.sourceCode);
  if (!byOption) {
    byOption = new Map();
    contexts.set(context.sourceCode, byOption);
  }
  if (!byOption.has(contextOption)) byOption.set(contextOption, findDockerfileContext(context, contextOption));
  return byOption.get(contextOption)!;
}

const contexts = new WeakMap<object, Map<string | undefined, DockerfileContext | null>>();

function findDockerfileContext(context: RuleContext<unknown[]>, contextOption: string | undefined): DockerfileContext | null {
  const dockerfile = context.physicalFilename || context.filename;
  if (!path.isAbsolute(dockerfile) || !isInsideDirectory(context.cwd, dockerfile)) return null;
  const contextDir = contextOption === undefined ? path.dirname(dockerfile) : path.resolve(context.cwd, contextOption);
  return { dockerfile, contextDir, ignore: findContextIgnoreFile({ dockerfile, contextDir, cwd: context.cwd }) };
}

/** A path for messages: relative to the project root, with `/`. */
export function displayPath(cwd: string, file: string): string {
  return path.relative(cwd, file).split(path.sep).join("/") || ".";
}
