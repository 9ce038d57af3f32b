import type { AST } from "yaml-eslint-parser";
import { findEntry, getSequenceItems, type MappingEntry } from "../compose/mapping.js";
import { getScalarString } from "../compose/scalar.js";
import { normalizeCapability } from "../capabilities.js";
import type { Container } from "./workloads.js";

export interface CapabilityItem {
  /** As written (`SYS_ADMIN`, `CAP_NET_RAW`). */
  raw: string;
  /** Without `CAP_`, uppercase. */
  name: string;
  node: AST.YAMLNode;
}

/** The `securityContext.capabilities.<list>` entry of a container (capabilities are container-level only). */
export function capabilityList(container: Container, list: "add" | "drop"): { entry: MappingEntry | null; items: CapabilityItem[] } {
  const capabilities = findEntry(container.securityContext, "capabilities")?.value;
  const entry = capabilities?.type === "YAMLMapping" ? findEntry(capabilities, list) : null;
  const items: CapabilityItem[] = [];
  for (const node of getSequenceItems(entry?.value)) {
    const raw = getScalarString(node);
    if (raw !== undefined) items.push({ raw, name: normalizeCapability(raw), node });
  }
  return { entry, items };
}
