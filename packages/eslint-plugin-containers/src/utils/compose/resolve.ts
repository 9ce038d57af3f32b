import type { AST } from "yaml-eslint-parser";

/** What a pair's key or value, or a sequence entry, can hold (nothing, for an empty value). */
export type ValueNode = AST.YAMLContent | AST.YAMLWithMeta | null | undefined;

/** A node after `resolveNode`: never an alias, never an anchor/tag wrapper. */
export type ResolvedNode = AST.YAMLMapping | AST.YAMLSequence | AST.YAMLScalar;

/**
 * The node a value stands for: unwraps `&anchor`/`!tag` (`YAMLWithMeta`) and follows `*alias`
 * to its anchored node. Returns null for an empty value or an alias to nothing.
 */
export function resolveNode(node: ValueNode): ResolvedNode | null {
  const seen = new Set<AST.YAMLNode>();
  let current: ValueNode = node;
  while (current && !seen.has(current)) {
    seen.add(current);
    if (current.type === "YAMLWithMeta") current = current.value;
    else if (current.type === "YAMLAlias") current = findAnchor(current)?.parent.value;
    else return current;
  }
  return null;
}

/** The anchor an alias refers to: the last one of that name defined before the alias. */
export function findAnchor(alias: AST.YAMLAlias): AST.YAMLAnchor | null {
  const document = findDocument(alias);
  const anchors = document?.anchors[alias.name] ?? [];
  let found: AST.YAMLAnchor | null = null;
  for (const anchor of anchors) {
    if (anchor.range[0] < alias.range[0]) found = anchor;
  }
  return found;
}

function findDocument(node: AST.YAMLNode): AST.YAMLDocument | null {
  let current: AST.YAMLNode | null = node;
  while (current && current.type !== "YAMLDocument") current = current.parent;
  return current;
}
