import type { AST } from "yaml-eslint-parser";
import { findEntry, type MappingEntry } from "./mapping.js";

/**
 * The entry at a key path below a mapping, following aliases and merge keys at each step:
 * `getEntryAtPath(service, ["build", "args"])`. Null when any step is missing or not a mapping.
 */
export function getEntryAtPath(
  mapping: AST.YAMLMapping | null | undefined,
  path: readonly string[],
): MappingEntry | null {
  let entry: MappingEntry | null = null;
  let current = mapping ?? null;
  for (const key of path) {
    entry = findEntry(current, key);
    if (!entry) return null;
    current = entry.value?.type === "YAMLMapping" ? entry.value : null;
  }
  return entry;
}
