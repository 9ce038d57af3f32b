/**
 * A Compose file (or any part of it) as plain data, the way Compose sees it after YAML
 * loading: `*aliases` followed, `&anchors`/`!tags` unwrapped, `<<` merge keys applied (with
 * `getMappingEntries`, so the same precedence as every other reader), keys as strings.
 * Next to the data it keeps where each value came from, so a problem found in the data (a JSON
 * schema error, say) can be reported at its YAML node:
 *
 *   const data = toComposeData(root);
 *   if (data) {
 *     const where = data.locate(["services", "web", "ports", 0]);
 *     context.report({ node: where?.node ?? root, ... });
 *   }
 *
 * Paths address mapping keys by name and sequence items by index (a number or its digits).
 * A value reached through an alias or a merge key is located in the anchored definition, where
 * its text is: two services that share a definition share those nodes.
 */
import type { AST } from "yaml-eslint-parser";
import { getMappingEntries } from "./mapping.js";
import { resolveNode, type ValueNode } from "./resolve.js";

export type DataPath = ReadonlyArray<string | number>;

export type ComposeValue = string | number | boolean | null | ComposeValue[] | { [key: string]: ComposeValue };

export interface DataLocation {
  /** The value's node: the scalar, mapping or sequence (the alias `*x` itself when the value is one). */
  node: AST.YAMLNode;
  /** For a mapping entry, its key node; null for a sequence item and for the root. */
  key: AST.YAMLNode | null;
  /** Whether the last path step is a sequence index. */
  index: boolean;
}

export interface ComposeData {
  value: ComposeValue;
  /** Where the value at `path` was written, or null for a path that is not in the data. */
  locate(path: DataPath): DataLocation | null;
}

/**
 * Nodes visited at most while converting: aliases can make data exponentially larger than its
 * text ("billion laughs"); past this budget the conversion gives up and returns null.
 */
const NODE_BUDGET = 200_000;

class BudgetExceeded extends Error {}

/** The data of a YAML value with its path-to-node map; null when the value is too large to expand. */
export function toComposeData(node: ValueNode): ComposeData | null {
  // Where each value was written is only asked when the data has a problem: the first walk
  // builds the value alone, and `locate` walks again, recording, on its first call.
  let locations: Map<string, DataLocation> | null = null;
  let visited = 0;

  /** With `path` null, the value only; else also records the location of every value. */
  function convert(
    written: ValueNode,
    path: string[] | null,
    key: AST.YAMLNode | null,
    index: boolean,
    resolving: Set<AST.YAMLNode>,
  ): ComposeValue {
    if (++visited > NODE_BUDGET) throw new BudgetExceeded();
    const resolved = resolveNode(written);
    if (path && locations) {
      const reportAt = written?.type === "YAMLAlias" ? written : (resolved ?? written);
      const at = reportAt ?? key; // an empty value (`web:`) is located at its key
      if (at) locations.set(pathKey(path), { node: at, key, index });
    }
    // An alias inside the node it names (`&a [*a]`) would never end: read it as null.
    if (!resolved || resolving.has(resolved)) return null;
    if (resolved.type === "YAMLScalar") return resolved.value;
    resolving.add(resolved);
    try {
      if (resolved.type === "YAMLSequence") {
        return resolved.entries.map((entry, position) =>
          convert(entry, path && [...path, String(position)], null, true, resolving),
        );
      }
      const object: { [key: string]: ComposeValue } = {};
      for (const entry of getMappingEntries(resolved)) {
        // A `__proto__` key must stay an own property, not set the prototype.
        Object.defineProperty(object, entry.key, {
          value: convert(entry.pair.value, path && [...path, entry.key], entry.pair.key ?? entry.pair, false, resolving),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return object;
    } finally {
      resolving.delete(resolved);
    }
  }

  try {
    const value = convert(node, null, null, false, new Set());
    const locate = (path: DataPath): DataLocation | null => {
      if (!locations) {
        locations = new Map();
        visited = 0;
        // Within the budget: the same walk as the one that built the value.
        convert(node, [], null, false, new Set());
      }
      return locations.get(pathKey(path.map(String))) ?? null;
    };
    return { value, locate };
  } catch (error) {
    if (error instanceof BudgetExceeded) return null;
    throw error;
  }
}

function pathKey(path: readonly string[]): string {
  return JSON.stringify(path);
}
