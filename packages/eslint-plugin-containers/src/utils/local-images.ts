import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import type { AST } from "yaml-eslint-parser";
import { parseYAML } from "./yaml-parser.js";
import { findEntry, getMappingEntries, getScalarString, getSequenceItems, getServices } from "./compose/index.js";
import { interpolateDefaults } from "./compose/interpolation.js";
import type { RuleContext } from "./create-rule.js";
import { isInsideDirectory } from "./dockerfile-from-disk.js";
import { listDirectory } from "./file-from-disk.js";
import { normalizeRegistry, parseImageReference } from "./image-tags.js";
import { isOfficialImageName } from "./official-images.js";
import { wildcardMatcher } from "./wildcard.js";

/**
 * Images a repository builds itself, and names that a build passes as named build contexts.
 * Such an image is not pulled from a registry: it has no `:latest` that moves under you, no
 * digest to pin, no registry to trust. Compose builds and tags `image:` when the service has
 * `build:` (also `build.tags`), Bake builds a target's `tags`, and `additional_contexts` (Compose)
 * or `contexts` (Bake) give `FROM <name>` / `COPY --from=<name>` a meaning that is not an image.
 */
export interface LocalImages {
  /** Repositories built here, as `repositoryKey` gives them (tags do not matter). */
  repositories: Set<string>;
  /** Named build contexts, lowercase. */
  contexts: Set<string>;
}

/** `registry/name` without tag or digest, lowercase, Docker Hub's `library/` dropped. */
export function repositoryKey(reference: string): string {
  const parts = parseImageReference(reference);
  const registry = normalizeRegistry(parts.registry ?? "docker.io");
  const name = registry === "docker.io" ? parts.name.replace(/^library\//u, "") : parts.name;
  return `${registry}/${name}`.toLowerCase();
}

function emptyLocalImages(): LocalImages {
  return { repositories: new Set(), contexts: new Set() };
}

function addReference(found: LocalImages, reference: string | undefined, dotenv?: ReadonlyMap<string, string>): void {
  if (!reference) return;
  const { value, unresolved } = interpolateDefaults(reference, dotenv);
  if (!unresolved && value) found.repositories.add(repositoryKey(value));
}

/**
 * What the services of one Compose file build: their `image:`, `build.tags`, named contexts
 * (variables from `dotenv`, the file's `.env` values, when given).
 */
export function composeLocalImages(root: AST.YAMLMapping | null, found: LocalImages = emptyLocalImages(), dotenv?: ReadonlyMap<string, string>): LocalImages {
  for (const service of getServices(root)) {
    const build = findEntry(service.mapping, "build");
    if (!build) continue;
    addReference(found, getScalarString(findEntry(service.mapping, "image")?.value), dotenv);
    if (build.value?.type !== "YAMLMapping") continue;
    for (const tag of getSequenceItems(findEntry(build.value, "tags")?.value)) addReference(found, getScalarString(tag), dotenv);
    const contexts = findEntry(build.value, "additional_contexts")?.value;
    if (contexts?.type === "YAMLMapping") {
      for (const entry of getMappingEntries(contexts)) found.contexts.add(entry.key.toLowerCase());
    }
    for (const item of getSequenceItems(contexts)) {
      const name = getScalarString(item)?.split("=")[0];
      if (name) found.contexts.add(name.toLowerCase());
    }
  }
  return found;
}

const COMPOSE_FILE = /^(?:docker-)?compose(?:[.-][\w.-]+)?\.ya?ml$/iu;
const BAKE_FILE = /^docker-bake(?:\.[\w-]+)?\.(?:hcl|json)$/iu;

interface CachedFile {
  mtimeMs: number;
  size: number;
  found: LocalImages;
}
const fileCache = new Map<string, CachedFile>();

/** A Compose or Bake file's local images, read once per version of the file; empty when unreadable. */
function fileLocalImages(file: string, read: (text: string) => LocalImages): LocalImages {
  try {
    const stats = statSync(file);
    const cached = fileCache.get(file);
    if (cached && cached.mtimeMs === stats.mtimeMs && cached.size === stats.size) return cached.found;
    let found: LocalImages;
    try {
      found = read(readFileSync(file, "utf8"));
    } catch {
      found = emptyLocalImages();
    }
    fileCache.set(file, { mtimeMs: stats.mtimeMs, size: stats.size, found });
    return found;
  } catch {
    return emptyLocalImages();
  }
}

function readComposeText(text: string): LocalImages {
  const program = parseYAML(text);
  let content = program.body[0]?.content ?? null;
  if (content?.type === "YAMLWithMeta") content = content.value;
  return composeLocalImages(content?.type === "YAMLMapping" ? content : null);
}

/**
 * A Bake file's target tags and named contexts. HCL is read only as far as needed: every
 * `tags = [...]` list of quoted strings and the keys of every `contexts = {...}` block.
 */
export function readBakeText(text: string): LocalImages {
  const found = emptyLocalImages();
  if (text.trimStart().startsWith("{")) {
    const data = JSON.parse(text) as { target?: Record<string, { tags?: unknown; contexts?: unknown }> };
    for (const target of Object.values(data.target ?? {})) {
      if (Array.isArray(target?.tags)) for (const tag of target.tags) if (typeof tag === "string") addReference(found, tag);
      if (target?.contexts && typeof target.contexts === "object") {
        for (const name of Object.keys(target.contexts)) found.contexts.add(name.toLowerCase());
      }
    }
    return found;
  }
  for (const [, list] of text.matchAll(/\btags\s*=\s*\[([^\]]*)\]/gu)) {
    for (const [, tag] of list.matchAll(/"([^"$]*)"/gu)) addReference(found, tag);
  }
  for (const [, block] of text.matchAll(/\bcontexts\s*=\s*\{([^}]*)\}/gu)) {
    for (const line of block.split("\n")) {
      const name = /^[ \t]*"?([\w.-]+)"?[ \t]*=/u.exec(line)?.[1];
      if (name) found.contexts.add(name.toLowerCase());
    }
  }
  return found;
}

/**
 * The Compose and Bake files that may build what the linted file uses: those in its directory
 * and in each directory above it, up to the directory ESLint runs in (never outside it).
 */
function neighbourFiles(context: RuleContext<unknown[]>): string[] {
  const file = path.resolve(context.physicalFilename || context.filename);
  if (!path.isAbsolute(context.physicalFilename || context.filename) || !isInsideDirectory(context.cwd, file)) return [];
  const cwd = path.resolve(context.cwd);
  const files: string[] = [];
  let directory = path.dirname(file);
  for (;;) {
    // An unreadable directory builds nothing we can see.
    for (const name of buildFileNames(listDirectory(directory))) {
      const neighbour = path.join(directory, name);
      if (neighbour !== file) files.push(neighbour);
    }
    if (directory === cwd) break;
    const parent = path.dirname(directory);
    if (parent === directory || !isInsideDirectory(cwd, parent)) break;
    directory = parent;
  }
  return files;
}

/**
 * The Compose and Bake file names of a directory listing, picked once per listing: in a lint
 * run every file asks about the same parent directories, which may hold thousands of names.
 */
const buildFileNamesOfListing = new WeakMap<readonly string[], string[]>();

function buildFileNames(names: readonly string[]): string[] {
  let picked = buildFileNamesOfListing.get(names);
  if (!picked) {
    picked = names.filter((name) => COMPOSE_FILE.test(name) || BAKE_FILE.test(name));
    buildFileNamesOfListing.set(names, picked);
  }
  return picked;
}

/** What the neighbour files build, per linted file: every image rule of the file asks. */
const neighbourImages = new WeakMap<object, LocalImages>();

function neighbourLocalImages(context: RuleContext<unknown[]>): LocalImages {
  let found = neighbourImages.get(context.sourceCode);
  if (!found) {
    found = emptyLocalImages();
    for (const file of neighbourFiles(context)) {
      const images = fileLocalImages(file, BAKE_FILE.test(path.basename(file)) ? readBakeText : readComposeText);
      for (const repository of images.repositories) found.repositories.add(repository);
      for (const name of images.contexts) found.contexts.add(name);
    }
    neighbourImages.set(context.sourceCode, found);
  }
  return found;
}

/** Everything the linted file's repository builds or passes as a named context (see `LocalImages`); not to be changed. */
export function repositoryLocalImages(context: RuleContext<unknown[]>, own: LocalImages = emptyLocalImages()): LocalImages {
  const neighbours = neighbourLocalImages(context);
  if (own.repositories.size === 0 && own.contexts.size === 0) return neighbours;
  return {
    repositories: new Set([...own.repositories, ...neighbours.repositories]),
    contexts: new Set([...own.contexts, ...neighbours.contexts]),
  };
}

/**
 * Whether a resolved reference names a local image: built here, a named context (a bare name,
 * as `FROM <context>` and `COPY --from=<context>` use them), a one-word name that Docker Hub
 * does not have (only official images live there: `web`, `myapp:dev` are built locally), or
 * matched by a `localImages` pattern (wildcards; matched against the reference as written and
 * without its tag).
 */
/** An image reference that a build tool resolves at deploy time (`ko://`, `bazel://`...). */
const BUILD_TOOL_REFERENCE = /^[a-z][a-z0-9+.-]*:\/\//u;

export function isLocalImage(reference: string, local: LocalImages, patterns: ReadonlyArray<(value: string) => boolean>): boolean {
  // `ko://example.com/cmd/app` is a build instruction for ko, which builds and pins the image.
  if (BUILD_TOOL_REFERENCE.test(reference)) return true;
  if (local.contexts.has(reference.toLowerCase())) return true;
  if (local.repositories.has(repositoryKey(reference))) return true;
  const parts = parseImageReference(reference);
  if (!parts.registry && !parts.name.includes("/") && !parts.hasVariables && !isOfficialImageName(parts.name)) return true;
  const repository = parts.registry ? `${parts.registry}/${parts.name}` : parts.name;
  return patterns.some((matches) => matches(reference) || matches(repository));
}

export function localImageMatchers(patterns: readonly string[] | undefined): Array<(value: string) => boolean> {
  return (patterns ?? []).map((pattern) => wildcardMatcher(pattern));
}
