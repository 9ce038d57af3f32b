/**
 * The `volumes:` of a Compose service, short and long syntax, read the way compose-go reads
 * them (`loader/volume.go` for the short syntax):
 *
 *   for (const volume of getServiceVolumes(service)) {
 *     if (volume.type === "bind" && volume.source === "/var/run/docker.sock") {
 *       context.report({ node: volume.sourceNode, ... });
 *     }
 *   }
 *
 * Compose interpolates `${VAR}` before it splits a short-syntax string, so the split here
 * keeps every `${...}` whole (`${DATA:-./data}:/data` has the source `${DATA:-./data}`), and
 * `source`/`target` are the text as written. Use `staticPath` to read a path whose variables
 * have defaults.
 */
import type { AST } from "yaml-eslint-parser";
import { getComposeBoolean, getScalarString } from "./scalar.js";
import { entryNode, findEntry, type MappingEntry } from "./mapping.js";
import { listItemNode } from "./list-item.js";
import { resolveNode, type ResolvedNode } from "./resolve.js";
import type { ComposeService } from "./services.js";

/** The mount types of the Compose spec (`type:` of the long syntax). */
export type VolumeType = "bind" | "volume" | "tmpfs" | "npipe" | "cluster" | "image";

const VOLUME_TYPES = new Set<string>(["bind", "volume", "tmpfs", "npipe", "cluster", "image"]);

/** One short-syntax string split into its parts. */
export interface ShortVolumeSpec {
  /** Host path or volume name; null for an anonymous volume (`- /data`). */
  source: string | null;
  target: string | null;
  /** The mode options (`ro`, `rw`, `z`, `Z`, `cached`, `nocopy`...), in order. */
  options: string[];
  /** `ro` among the options (a later `rw` wins, as in compose-go). */
  readOnly: boolean;
  /**
   * `bind` for a path source (`.`, `/`, `~`, `\\`, a Windows drive), `volume` for a name or no
   * source; null when the source starts with a variable whose value decides it (`${DIR}:/x`).
   */
  type: "bind" | "volume" | null;
  /** The string is not a valid spec (empty, `a::b`, too many colons). */
  invalid: boolean;
}

export interface ServiceVolume {
  syntax: "short" | "long";
  /** The entry of the `volumes` list, aliases followed (a scalar or a mapping). */
  node: ResolvedNode;
  /**
   * The mount type; short syntax: `bind` or `volume` (see `ShortVolumeSpec.type`); long syntax:
   * the `type:` value, or null when it is missing, unknown or interpolated.
   */
  type: VolumeType | null;
  /** Host path (bind, npipe), volume name (volume), image (image) as written; null when absent. */
  source: string | null;
  /** The path in the container as written; null when absent. */
  target: string | null;
  /** Mounted read-only (`:ro`, `read_only: true`); false when unknown (`${RO}`). */
  readOnly: boolean;
  /** The short syntax's mode options; empty for the long syntax. */
  options: string[];
  /** Where to report the mount as a whole. */
  reportNode: AST.YAMLNode;
  /** Where to report its source: the long syntax's `source` value, else `reportNode`. */
  sourceNode: AST.YAMLNode;
  /** Where to report its target: the long syntax's `target` value, else `reportNode`. */
  targetNode: AST.YAMLNode;
}

/**
 * Splits a short-syntax spec `[SOURCE:]TARGET[:MODE]` like compose-go's `ParseVolume`: a `:`
 * right after a single letter is a Windows drive (`C:\data:/data`, `.:C:/app`), and a `:`
 * inside `${...}` belongs to the variable.
 */
export function parseShortVolume(spec: string): ShortVolumeSpec {
  const result: ShortVolumeSpec = { source: null, target: null, options: [], readOnly: false, type: "volume", invalid: false };
  if (spec.length === 0) return { ...result, invalid: true };
  // compose-go: a spec of one or two characters is a target.
  if (spec.length <= 2) return { ...result, target: spec };

  const parts: string[] = [];
  let buffer = "";
  let depth = 0; // inside `${...}`
  for (let index = 0; index < spec.length; index++) {
    const char = spec[index];
    if (char === "$" && spec[index + 1] === "$") {
      buffer += "$$";
      index++;
    } else if (char === "$" && spec[index + 1] === "{") {
      buffer += "${";
      index++;
      depth++;
    } else if (depth > 0) {
      buffer += char;
      if (char === "}") depth--;
    } else if (char === ":" && buffer.length === 1 && /\p{L}/u.test(buffer)) {
      buffer += char; // a Windows drive letter
    } else if (char === ":") {
      parts.push(buffer);
      buffer = "";
    } else {
      buffer += char;
    }
  }
  parts.push(buffer);

  const invalid = parts.some((part) => part.length === 0) || parts.length > 3;
  if (parts.length === 1) return { ...result, target: parts[0], invalid };
  const [source, target, mode] = parts;
  const options = mode ? mode.split(",") : [];
  let readOnly = false;
  for (const option of options) {
    if (option === "ro") readOnly = true;
    else if (option === "rw") readOnly = false;
  }
  return { source, target, options, readOnly, type: shortSourceType(source), invalid };
}

/** compose-go's `isFilePath`, on the source as written; null when a variable decides it. */
function shortSourceType(source: string): "bind" | "volume" | null {
  const text = staticPath(source) ?? leadingStatic(source);
  if (text === "") return null; // starts with a variable that has no default
  if (/^[./~]/u.test(text) || text.startsWith("\\\\") || /^\p{L}:/u.test(text)) return "bind";
  return "volume";
}

/** The text before the first variable (`$$` read as `$`). */
function leadingStatic(text: string): string {
  const match = /^(?:[^$]|\$\$)*/u.exec(text);
  return (match?.[0] ?? "").replaceAll("$$", "$");
}

/** Variables that name a known host directory when Compose runs: the project's, the user's home. */
const PATH_VARIABLES: Record<string, string> = { PWD: ".", HOME: "~" };

/**
 * A path with Compose interpolation replaced by what is known without the environment:
 * `${VAR:-default}` and `${VAR-default}` by their default, `$PWD`/`${PWD}` by `.` (Compose
 * runs in the project directory) and `$HOME`/`${HOME}` by `~`, `$$` by `$`. Null when any other variable
 * (`${VAR}`, `${VAR:?error}`) decides the text.
 */
export function staticPath(text: string): string | null {
  let out = "";
  let index = 0;
  while (index < text.length) {
    const char = text[index];
    if (char !== "$") {
      out += char;
      index++;
      continue;
    }
    const next = text[index + 1];
    if (next === "$") {
      out += "$";
      index += 2;
      continue;
    }
    if (next === "{") {
      const end = closingBrace(text, index + 2);
      if (end === -1) return null;
      const body = text.slice(index + 2, end);
      const match = /^([A-Za-z_]\w*)(?::?-(.*))?$/su.exec(body);
      if (!match) return null;
      const [, name, fallback] = match;
      if (fallback !== undefined) {
        const inner = staticPath(fallback);
        if (inner === null) return null;
        out += inner;
      } else if (name in PATH_VARIABLES) {
        out += PATH_VARIABLES[name];
      } else {
        return null;
      }
      index = end + 1;
      continue;
    }
    const name = /^[A-Za-z_]\w*/u.exec(text.slice(index + 1))?.[0];
    if (!name) {
      out += char; // a lone `$`
      index++;
      continue;
    }
    if (!(name in PATH_VARIABLES)) return null;
    out += PATH_VARIABLES[name];
    index += 1 + name.length;
  }
  return out;
}

function closingBrace(text: string, from: number): number {
  let depth = 1;
  for (let index = from; index < text.length; index++) {
    if (text[index] === "$" && text[index + 1] === "{") {
      depth++;
      index++;
    } else if (text[index] === "}" && --depth === 0) {
      return index;
    }
  }
  return -1;
}

/**
 * A POSIX host path with `//`, `.` and `..` segments and a trailing `/` removed
 * (`/etc/../` is `/`); a relative or home path keeps its leading `.`/`..`/`~`.
 * Backslashes are left alone (Windows paths are not POSIX paths).
 */
export function normalizeHostPath(path: string): string {
  const absolute = path.startsWith("/");
  const segments: string[] = [];
  for (const segment of path.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === ".." && segments.length > 0 && segments[segments.length - 1] !== "..") segments.pop();
    else if (segment === ".." && absolute) continue;
    else segments.push(segment);
  }
  if (absolute) return `/${segments.join("/")}`;
  if (segments.length === 0) return ".";
  return segments[0] === ".." || segments[0] === "~" || path.startsWith("~") ? segments.join("/") : `./${segments.join("/")}`;
}

/** Whether container path `path` is `directory` or below it (`/data/db` is below `/data`). */
export function isPathWithin(path: string, directory: string): boolean {
  const child = normalizeHostPath(path);
  const parent = normalizeHostPath(directory);
  if (parent === "/") return child.startsWith("/");
  return child === parent || child.startsWith(`${parent}/`);
}

/** The volumes of a service in list order; entries that are neither strings nor mappings are skipped. */
export function getServiceVolumes(service: Pick<ComposeService, "mapping">): ServiceVolume[] {
  const entry = findEntry(service.mapping, "volumes");
  if (entry?.value?.type !== "YAMLSequence") return [];
  const volumes: ServiceVolume[] = [];
  for (const item of entry.value.entries) {
    const node = resolveNode(item);
    if (!node || !item) continue;
    // An inherited list is reported at the service's `<<`, an aliased list (`volumes: *common`)
    // at the alias, an aliased entry (`- *sock`) where it is used: once per service, in it.
    // An anchored entry (`- &sock /var/run/docker.sock:/x`) is reported at its value.
    const at = listItemNode(entry, item);
    const inPlace = at === item && contains(item, node);
    const reportNode = inPlace ? node : at;
    if (node.type === "YAMLScalar") {
      const spec = getScalarString(node);
      if (spec === undefined) continue;
      const short = parseShortVolume(spec);
      volumes.push({
        syntax: "short",
        node,
        type: short.type,
        source: short.source,
        target: short.target,
        readOnly: short.readOnly,
        options: short.options,
        reportNode,
        sourceNode: reportNode,
        targetNode: reportNode,
      });
    } else if (node.type === "YAMLMapping") {
      const partNode = (found: MappingEntry | null) => (found && inPlace ? entryNode(found, "value") : reportNode);
      const sourceEntry = findEntry(node, "source");
      const targetEntry = findEntry(node, "target");
      const type = getScalarString(findEntry(node, "type")?.value);
      const readOnlyEntry = findEntry(node, "read_only");
      volumes.push({
        syntax: "long",
        node,
        type: type !== undefined && VOLUME_TYPES.has(type) ? (type as VolumeType) : null,
        source: (sourceEntry && getScalarString(sourceEntry.value)) ?? null,
        target: (targetEntry && getScalarString(targetEntry.value)) ?? null,
        readOnly: readOnlyEntry ? getComposeBoolean(readOnlyEntry.value) === true : false,
        options: [],
        reportNode,
        sourceNode: partNode(sourceEntry),
        targetNode: partNode(targetEntry),
      });
    }
  }
  return volumes;
}

function contains(outer: AST.YAMLNode, inner: AST.YAMLNode): boolean {
  return outer.range[0] <= inner.range[0] && inner.range[1] <= outer.range[1];
}

/** Whether a mount's host side is a path (a bind mount, or a Windows named pipe). */
export function isHostMount(volume: Pick<ServiceVolume, "type">): boolean {
  return volume.type === "bind" || volume.type === "npipe";
}
