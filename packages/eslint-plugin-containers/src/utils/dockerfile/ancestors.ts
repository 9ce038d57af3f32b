import type { Node, NodeOfType } from "dockerfile-eslint-parser";

/** The nearest ancestor (or the node itself) of the given type, e.g. the RUN around a command. */
export function findAncestor<Type extends Node["type"]>(node: Node, type: Type): NodeOfType<Type> | null {
  let current: Node | null = node;
  while (current && current.type !== type) current = current.parent;
  return current as NodeOfType<Type> | null;
}
