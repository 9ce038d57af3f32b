import type { AST } from "yaml-eslint-parser";
import { usesInterpolation } from "./interpolation.js";
import { entryNode, findEntry, getKeyName } from "./mapping.js";
import { resolveNode, type ResolvedNode } from "./resolve.js";
import { getScalarValue } from "./scalar.js";
import type { ComposeService } from "./services.js";

/**
 * The parts of one `ports` entry, as Compose reads it. Short syntax is
 * `[[IP:]HOST[-HOST]:]CONTAINER[-CONTAINER][/PROTOCOL]` (IPv6 as `[::1]:80:80`); long syntax is a
 * mapping of `host_ip`, `published`, `target`, `protocol`. Parts are kept as written (text), so
 * `${VAR}` interpolation stays visible: read static numbers with `parsePortRange`.
 */
export interface PortSpec {
  /** The host IP, brackets removed; undefined when none is given (every interface). */
  hostIp: string | undefined;
  /** The published host port or range; undefined when none is given (Docker picks a free port). */
  published: string | undefined;
  /** The container port or range; undefined when missing (invalid in Compose). */
  target: string | undefined;
  /** The protocol, lowercased; `tcp` when none is given. */
  protocol: string;
  /**
   * The split into parts is not known: the entry is a single variable (`${PORTS}`, which may
   * hold `127.0.0.1:80:80`) or a variable's default holds a colon (`${BIND:-127.0.0.1:80}:80`).
   * Rules should not judge such entries.
   */
  unknown: boolean;
}

/** One `ports` entry of a service. */
export interface PortMapping extends PortSpec {
  syntax: "short" | "long";
  /** The entry (aliases followed): a scalar in short syntax, a mapping in long syntax. */
  node: ResolvedNode;
  /**
   * Where to report the entry for this service: the entry itself when the service's list is
   * written in place, else the `*alias` (of the list or of the entry) or the `<<` merge value
   * the service gets it through. An anchored entry is thus reported once per service using it.
   */
  reportNode: AST.YAMLNode;
  /** True when the entry is written in this service's own list (not reached via alias or `<<`). */
  inPlace: boolean;
}

/** An inclusive range of port numbers; a single port has `start === end`. */
export interface PortRange {
  start: number;
  end: number;
}

/**
 * Splits text at `separator` outside `${...}` and `[...]`: `${PORT:-80}:80` is two parts, and so
 * is `[::1]:80`.
 */
function splitTopLevel(text: string, separator: string): string[] {
  const parts: string[] = [];
  let braces = 0;
  let brackets = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === "$" && text[i + 1] === "{") {
      braces++;
      i++;
    } else if (char === "}" && braces > 0) braces--;
    else if (char === "[" && braces === 0) brackets++;
    else if (char === "]" && braces === 0 && brackets > 0) brackets--;
    else if (char === separator && braces === 0 && brackets === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** Whether a `${VAR:-default}` (or `-`, `?`, `+` forms) in the text has a colon in its default. */
function defaultHoldsColon(text: string): boolean {
  for (const match of text.matchAll(/\$\{([^}]*)\}/gu)) {
    const rest = match[1].replace(/^[A-Za-z_]\w*:?[-?+]?/u, "");
    if (rest.includes(":")) return true;
  }
  return false;
}

/**
 * Parses short syntax the way Docker does (`nat.ParsePortSpec`): the protocol after the last
 * `/`, the container port after the last `:`, the host port before it, the rest the IP. Returns
 * null for an empty text.
 */
export function parsePortSpec(text: string): PortSpec | null {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  const slashParts = splitTopLevel(trimmed, "/");
  const ports = slashParts.length > 1 ? slashParts.slice(0, -1).join("/") : trimmed;
  const protocolText = slashParts.length > 1 ? slashParts.at(-1)! : "";
  const parts = splitTopLevel(ports, ":");
  const target = parts.at(-1);
  const published = parts.length >= 2 ? parts.at(-2) : undefined;
  const hostIp = parts.length >= 3 ? parts.slice(0, -2).join(":") : undefined;
  const interpolated = parts.filter(usesInterpolation);
  const unknown =
    (parts.length === 1 && interpolated.length === 1) || interpolated.some(defaultHoldsColon);
  return {
    hostIp: hostIp === undefined || hostIp === "" ? undefined : stripBrackets(hostIp),
    published: published === undefined || published === "" ? undefined : published,
    target: target === "" ? undefined : target,
    protocol: protocolText === "" ? "tcp" : protocolText.toLowerCase(),
    unknown,
  };
}

function stripBrackets(ip: string): string {
  return ip.startsWith("[") && ip.endsWith("]") ? ip.slice(1, -1) : ip;
}

/** A port or `start-end` range with static numbers (0-65535), or null (interpolated, invalid). */
export function parsePortRange(text: string | undefined): PortRange | null {
  const match = /^\s*(\d{1,5})(?:\s*-\s*(\d{1,5}))?\s*$/u.exec(text ?? "");
  if (!match) return null;
  const start = Number(match[1]);
  const end = match[2] === undefined ? start : Number(match[2]);
  if (start > 65535 || end > 65535 || end < start) return null;
  return { start, end };
}

/** A scalar as Compose reads it as text: the source form of plain scalars (`8080`, `22:22`). */
function scalarText(node: AST.YAMLScalar): string | undefined {
  if (node.value === null) return undefined;
  if ("strValue" in node) return node.strValue;
  return String(node.value);
}

function longSyntaxSpec(mapping: AST.YAMLMapping): PortSpec {
  const text = (key: string): string | undefined => {
    const pair = mapping.pairs.find((p) => getKeyName(p) === key);
    const value = pair ? getScalarValue(pair.value) : undefined;
    return value === undefined || value === null || value === "" ? undefined : String(value);
  };
  const protocol = text("protocol");
  // `published` and `host_ip` are single values in long syntax, so a variable cannot add a part.
  return {
    hostIp: text("host_ip") === undefined ? undefined : stripBrackets(text("host_ip")!),
    published: text("published"),
    target: text("target"),
    protocol: protocol === undefined ? "tcp" : protocol.toLowerCase(),
    unknown: false,
  };
}

/**
 * The parts of one `ports` entry node (aliases already followed): a scalar in short syntax, a
 * mapping in long syntax; null for an empty entry or anything else.
 */
export function readPortEntry(node: ResolvedNode | null): PortSpec | null {
  if (node?.type === "YAMLMapping") return longSyntaxSpec(node);
  if (node?.type !== "YAMLScalar") return null;
  const text = scalarText(node);
  return text === undefined ? null : parsePortSpec(text);
}

function unwrapMeta(node: AST.YAMLNode | null | undefined): AST.YAMLNode | null {
  if (!node) return null;
  return node.type === "YAMLWithMeta" ? (node.value ?? null) : node;
}

/**
 * The `ports` entries of a service, short and long syntax, in source order (merge keys and
 * aliases followed). Entries that are neither a scalar nor a mapping, and empty ones, are skipped.
 */
export function getServicePorts(service: ComposeService): PortMapping[] {
  const entry = findEntry(service.mapping, "ports");
  const list = entry?.value;
  if (!entry || list?.type !== "YAMLSequence") return [];
  const listInPlace = !entry.mergedFrom && unwrapMeta(entry.pair.value)?.type !== "YAMLAlias";
  const mappings: PortMapping[] = [];
  for (const raw of list.entries) {
    const node = resolveNode(raw);
    if (!node || !raw) continue;
    const itemInPlace = listInPlace && unwrapMeta(raw)?.type !== "YAMLAlias";
    const reportNode = !listInPlace ? entryNode(entry, "value") : itemInPlace ? node : raw;
    let spec: PortSpec | null = null;
    if (node.type === "YAMLMapping") spec = longSyntaxSpec(node);
    else if (node.type === "YAMLScalar") {
      const text = scalarText(node);
      spec = text === undefined ? null : parsePortSpec(text);
    }
    if (!spec) continue;
    mappings.push({
      ...spec,
      syntax: node.type === "YAMLMapping" ? "long" : "short",
      node,
      reportNode,
      inPlace: itemInPlace,
    });
  }
  return mappings;
}

/** A host IP in a comparable form: lowercase, IPv6 compressed (`0:0::1` is `::1`). */
function normalizeIp(ip: string): { address: string; family: 4 | 6 | null } {
  const lower = ip.trim().toLowerCase();
  if (/^\d{1,3}(?:\.\d{1,3}){3}$/u.test(lower)) return { address: lower, family: 4 };
  if (lower.includes(":")) {
    try {
      return { address: new URL(`http://[${lower}]/`).hostname.slice(1, -1), family: 6 };
    } catch {
      return { address: lower, family: 6 };
    }
  }
  return { address: lower, family: null };
}

/**
 * Whether two static host IPs can collide on one port: no IP binds every interface (IPv4 and
 * IPv6) and collides with any; `0.0.0.0` collides with every IPv4 address and `::` with every
 * IPv6 address; `0.0.0.0` and `::` do not collide (Docker binds them separately). Interpolated
 * IPs collide only with the same text.
 */
export function hostIpsOverlap(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return true;
  if (usesInterpolation(a) || usesInterpolation(b)) return a === b;
  const x = normalizeIp(a);
  const y = normalizeIp(b);
  if (x.address === y.address) return true;
  if (x.family === null || y.family === null || x.family !== y.family) return false;
  const wildcard = x.family === 4 ? "0.0.0.0" : "::";
  return x.address === wildcard || y.address === wildcard;
}

/** The host IP and published port of a spec as Docker prints them: `[::1]:8080/udp`. */
export function formatHostBinding(spec: PortSpec): string {
  const ip = spec.hostIp === undefined ? "" : spec.hostIp.includes(":") ? `[${spec.hostIp}]:` : `${spec.hostIp}:`;
  return `${ip}${spec.published ?? ""}/${spec.protocol}`;
}
