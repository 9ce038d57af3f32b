import type { AST } from "yaml-eslint-parser";
import type { MappingEntry } from "./mapping.js";

/**
 * The value of an entry as written at the entry's own key: `&anchor`/`!tag` unwrapped, but null
 * when the entry is inherited through `<<` or its value is an `*alias`. Rules that edit a
 * collection (sorting, unquoting) use it so a shared anchor is edited where it is written, once,
 * and never through a service that only refers to it.
 */
export function writtenValue(entry: MappingEntry | null | undefined): AST.YAMLContent | null {
  if (!entry || entry.mergedFrom) return null;
  const value = entry.pair.value?.type === "YAMLWithMeta" ? entry.pair.value.value : entry.pair.value;
  if (!value || value.type === "YAMLAlias") return null;
  return value;
}
