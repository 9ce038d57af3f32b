import path from "node:path";
import type { Program } from "dockerfile-eslint-parser";
import type { RuleContext } from "../create-rule.js";
import { isDirectory, isInsideDirectory, parseDockerfileText, readDockerfileFromDisk } from "../dockerfile-from-disk.js";
import { usesInterpolation } from "./interpolation.js";
import { findEntry, type MappingEntry } from "./mapping.js";
import { getScalarString } from "./scalar.js";
import type { ComposeService } from "./services.js";

/** The `build` section of a service, long or short (`build: ./dir`) form. */
export interface ServiceBuild {
  /** The service's `build` entry. */
  entry: MappingEntry;
  /** `build.context`, or the short form's string; `.` when absent. */
  context: string;
  contextEntry: MappingEntry | null;
  dockerfileEntry: MappingEntry | null;
  inlineEntry: MappingEntry | null;
  targetEntry: MappingEntry | null;
  /** `build.target` as a string, null when absent. */
  target: string | null;
}

/** The build section of a service, or null when it has none (or `build` is neither a string nor a mapping). */
export function getServiceBuild(service: ComposeService): ServiceBuild | null {
  const entry = findEntry(service.mapping, "build");
  if (!entry?.value) return null;
  if (entry.value.type === "YAMLScalar") {
    const context = getScalarString(entry.value);
    if (context === undefined) return null;
    return { entry, context, contextEntry: null, dockerfileEntry: null, inlineEntry: null, targetEntry: null, target: null };
  }
  if (entry.value.type !== "YAMLMapping") return null;
  const contextEntry = findEntry(entry.value, "context");
  const targetEntry = findEntry(entry.value, "target");
  return {
    entry,
    context: (contextEntry && getScalarString(contextEntry.value)) ?? ".",
    contextEntry,
    dockerfileEntry: findEntry(entry.value, "dockerfile"),
    inlineEntry: findEntry(entry.value, "dockerfile_inline"),
    targetEntry,
    target: (targetEntry && getScalarString(targetEntry.value)) ?? null,
  };
}

/** A build context that is not a local directory: a Git or HTTP(S) URL. */
export function isRemoteContext(context: string): boolean {
  return /^[a-z][a-z\d+.-]*:\/\//iu.test(context) || /^git@/u.test(context) || /^github\.com\//u.test(context);
}

/**
 * The Dockerfile a service builds:
 * - `ok`: parsed (`path` is null for `dockerfile_inline`);
 * - `missing`: the file named by `build.dockerfile` (or the default `Dockerfile`) does not
 *   exist, though its context directory does;
 * - `unknown`: cannot be looked at — a remote context, `${VAR}` interpolation, no file name
 *   for the linted file (`<text>`), a Dockerfile outside `context.cwd`, a context directory
 *   that is not there, or a file that cannot be read or parsed. Rules stay quiet then.
 */
export type BuildDockerfile =
  | { status: "ok"; path: string | null; program: Program }
  | { status: "missing"; path: string }
  | { status: "unknown" };

/**
 * The absolute path of a service's local build context, or null when it cannot be known: a
 * remote context, `${VAR}` interpolation, or no file name for the linted file (`<text>`).
 */
export function localContextDir(context: RuleContext<unknown[]>, build: ServiceBuild): string | null {
  const composeFile = context.physicalFilename || context.filename;
  if (!path.isAbsolute(composeFile) || isRemoteContext(build.context) || usesInterpolation(build.context)) return null;
  return path.resolve(path.dirname(composeFile), build.context);
}

/** Inline Dockerfiles parsed once per entry: several rules read the same service's build. */
const inlineDockerfiles = new WeakMap<object, BuildDockerfile>();

function parseInlineDockerfile(entry: NonNullable<ServiceBuild["inlineEntry"]>): BuildDockerfile {
  const text = getScalarString(entry.value);
  // Interpolation could change the stages (`FROM x AS ${NAME}`); stay out of it.
  if (text === undefined || usesInterpolation(text)) return { status: "unknown" };
  const program = parseDockerfileText(text);
  return program ? { status: "ok", path: null, program } : { status: "unknown" };
}

export function loadBuildDockerfile(context: RuleContext<unknown[]>, build: ServiceBuild): BuildDockerfile {
  const unknown = { status: "unknown" } as const;
  if (build.inlineEntry) {
    let inline = inlineDockerfiles.get(build.inlineEntry.pair);
    if (!inline) {
      inline = parseInlineDockerfile(build.inlineEntry);
      inlineDockerfiles.set(build.inlineEntry.pair, inline);
    }
    return inline;
  }

  const contextDir = localContextDir(context, build);
  if (contextDir === null) return unknown;
  const dockerfile = build.dockerfileEntry ? getScalarString(build.dockerfileEntry.value) : "Dockerfile";
  if (dockerfile === undefined || usesInterpolation(dockerfile)) return unknown;

  const file = path.resolve(contextDir, dockerfile);
  if (!isInsideDirectory(context.cwd, contextDir) || !isInsideDirectory(context.cwd, file)) return unknown;
  const read = readDockerfileFromDisk(file);
  if (read.status === "ok") return read;
  // Only a checkout that has the context directory tells us the Dockerfile is really missing.
  if (read.status === "missing" && isDirectory(contextDir)) return { status: "missing", path: file };
  return unknown;
}
