import type { AST } from "yaml-eslint-parser";
import { entryNode, type MappingEntry } from "./mapping.js";

/**
 * Where to report one item of a list entry (`cap_add`, `security_opt`, `volumes`...): the item
 * itself when it is written inside the entry, else the entry's value, so that a list that is
 * inherited (`<<: *base`) or aliased (`cap_add: *caps`) is reported in the service that uses
 * it, once per service, and not at the shared anchor.
 */
export function listItemNode(entry: MappingEntry, item: AST.YAMLNode): AST.YAMLNode {
  const [start, end] = entry.pair.range;
  const inPlace = !entry.mergedFrom && start <= item.range[0] && item.range[1] <= end;
  return inPlace ? item : entryNode(entry, "value");
}
