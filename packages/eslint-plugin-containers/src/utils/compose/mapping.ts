import type { AST } from "yaml-eslint-parser";
import { type ResolvedNode, resolveNode } from "./resolve.js";

/** One key of a mapping as Compose sees it, after `<<` merge keys are applied. */
export interface MappingEntry {
  /** The key as a string (`8080:` and `"8080":` are both "8080"). */
  key: string;
  /** The pair that defines the entry: in the mapping read, or in a mapping merged into it. */
  pair: AST.YAMLPair;
  /** The value with aliases followed and anchors/tags unwrapped; null for an empty value. */
  value: ResolvedNode | null;
  /**
   * When the entry is inherited through `<<: *defaults`, the `<<` pair of the mapping read.
   * Report inherited entries there (see `entryNode`), so each service gets its own report
   * and the shared anchor is not reported once per user. Never fix through a merge.
   */
  mergedFrom: AST.YAMLPair | null;
}

const MERGE_KEY = "<<";

/** The key of a pair as a string, or null for a non-scalar or missing key. */
export function getKeyName(pair: AST.YAMLPair): string | null {
  const key = resolveNode(pair.key);
  if (key?.type !== "YAMLScalar" || key.value === null) return null;
  return String(key.value);
}

/** A plain `<<` key; a quoted `"<<"` is an ordinary key in YAML. */
function isMergeKey(pair: AST.YAMLPair): boolean {
  const key = pair.key?.type === "YAMLWithMeta" ? pair.key.value : pair.key;
  return key?.type === "YAMLScalar" && key.style === "plain" && key.value === MERGE_KEY;
}

/** The mappings a `<<` value merges in, in priority order (`<<: [*a, *b]`: `a` wins). */
function mergedMappings(pair: AST.YAMLPair): AST.YAMLMapping[] {
  const value = resolveNode(pair.value);
  if (value?.type === "YAMLMapping") return [value];
  if (value?.type !== "YAMLSequence") return [];
  return value.entries
    .map((entry) => resolveNode(entry))
    .filter((entry): entry is AST.YAMLMapping => entry?.type === "YAMLMapping");
}

/**
 * The entries of a mapping, merge keys applied: the mapping's own keys win over merged ones,
 * earlier merged mappings over later ones (YAML merge-key semantics, as Compose applies them).
 * Keys that are not scalars are skipped; a duplicated own key keeps its last value.
 */
export function getMappingEntries(mapping: AST.YAMLMapping): readonly MappingEntry[] {
  return entriesOf(mapping).list;
}

/**
 * Every rule reads the same mappings (`services`, each service) many times, and rules that
 * compare services with each other looked a service up by name in `services` once per pair:
 * with 10,000 services a lint took many minutes. The AST does not change while it is linted,
 * so each mapping's entries are collected once, with an index by key.
 */
const entriesCache = new WeakMap<AST.YAMLMapping, { list: readonly MappingEntry[]; byKey: Map<string, MappingEntry> }>();

function entriesOf(mapping: AST.YAMLMapping) {
  let entries = entriesCache.get(mapping);
  if (!entries) {
    const list = Object.freeze(collectEntries(mapping, null, new Set()));
    entries = { list, byKey: new Map(list.map((entry) => [entry.key, entry])) };
    entriesCache.set(mapping, entries);
  }
  return entries;
}

function collectEntries(
  mapping: AST.YAMLMapping,
  mergedFrom: AST.YAMLPair | null,
  visiting: Set<AST.YAMLMapping>,
): MappingEntry[] {
  if (visiting.has(mapping)) return []; // a mapping that merges itself
  visiting.add(mapping);
  const own = new Map<string, MappingEntry>();
  const merged = new Map<string, MappingEntry>();
  for (const pair of mapping.pairs) {
    if (isMergeKey(pair)) {
      for (const source of mergedMappings(pair)) {
        for (const entry of collectEntries(source, mergedFrom ?? pair, visiting)) {
          if (!merged.has(entry.key)) merged.set(entry.key, entry);
        }
      }
      continue;
    }
    const key = getKeyName(pair);
    if (key === null) continue;
    own.delete(key); // keep source order of the winning pair
    own.set(key, { key, pair, value: resolveNode(pair.value), mergedFrom });
  }
  visiting.delete(mapping);
  for (const [key, entry] of merged) if (!own.has(key)) own.set(key, entry);
  return [...own.values()];
}

/** The entry for `key` in a mapping (merge keys applied), or null. */
export function findEntry(mapping: AST.YAMLMapping | null | undefined, key: string): MappingEntry | null {
  if (!mapping) return null;
  return entriesOf(mapping).byKey.get(key) ?? null;
}

/**
 * Where to report an entry: its key or its value node in the mapping being read (the alias
 * `*x` itself when the value is an alias), or the `<<` pair's value when it is inherited.
 */
export function entryNode(entry: MappingEntry, part: "key" | "value"): AST.YAMLNode {
  if (entry.mergedFrom) return entry.mergedFrom.value ?? entry.mergedFrom;
  if (part === "key") return entry.pair.key ?? entry.pair;
  return entry.pair.value ?? entry.pair;
}

/** The entries of a sequence with aliases followed; empty for anything that is not a sequence. */
export function getSequenceItems(node: ResolvedNode | null | undefined): Array<ResolvedNode> {
  if (node?.type !== "YAMLSequence") return [];
  return node.entries
    .map((entry) => resolveNode(entry))
    .filter((entry): entry is ResolvedNode => entry !== null);
}
