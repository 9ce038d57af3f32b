import type { AST } from "yaml-eslint-parser";
import { findEntry, type MappingEntry } from "./mapping.js";
import { getServices, type ComposeService } from "./services.js";

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

/**
 * For each service, the value of `key` as written in it (or, with `key` null, the service's own
 * mapping), each distinct node once: a collection shared through an anchor is handled where it
 * is written. What rules that edit collections iterate over.
 */
export function writtenServiceValues(
  root: AST.YAMLMapping | null,
  key: string | null,
): Array<{ service: ComposeService; value: AST.YAMLContent }> {
  const seen = new Set<AST.YAMLContent>();
  const result: Array<{ service: ComposeService; value: AST.YAMLContent }> = [];
  for (const service of getServices(root)) {
    const value = writtenValue(key === null ? service.entry : findEntry(service.mapping, key));
    if (!value || seen.has(value)) continue;
    seen.add(value);
    result.push({ service, value });
  }
  return result;
}
