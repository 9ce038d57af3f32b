import type { AST } from "yaml-eslint-parser";
import { findEntry, getMappingEntries, type MappingEntry } from "./mapping.js";

export interface ComposeService {
  /** The service name (its key under `services:`). */
  name: string;
  /** The `services:` entry of the service; report at `entryNode(service.entry, "key")`. */
  entry: MappingEntry;
  /** The service's definition (aliases and `<<` followed by the readers), null if not a mapping. */
  mapping: AST.YAMLMapping | null;
}

/** The services of a Compose file, in source order, from the top-level mapping. */
export function getServices(root: AST.YAMLMapping | null): ComposeService[] {
  const services = findEntry(root, "services")?.value;
  if (services?.type !== "YAMLMapping") return [];
  return getMappingEntries(services).map((entry) => ({
    name: entry.key,
    entry,
    mapping: entry.value?.type === "YAMLMapping" ? entry.value : null,
  }));
}
