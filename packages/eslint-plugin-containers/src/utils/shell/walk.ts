import { type Node, visitorKeys } from "dockerfile-eslint-parser";

/** Every node under `root` (root included) that passes `test`, in source order. */
export function findNodes<T extends Node>(root: Node | null, test: (node: Node) => node is T): T[] {
  const found: T[] = [];
  const visit = (node: Node) => {
    if (test(node)) found.push(node);
    for (const key of visitorKeys[node.type] ?? []) {
      const child = (node as unknown as Record<string, Node | Node[] | null>)[key];
      if (Array.isArray(child)) child.forEach(visit);
      else if (child) visit(child);
    }
  };
  if (root) visit(root);
  return found;
}
