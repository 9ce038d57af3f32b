import { type Node, visitorKeys } from "dockerfile-eslint-parser";

/**
 * Every node under a root (root included), in source order, listed once per root: many rules
 * search the same RUN (its commands, pipelines, heredocs), and filtering a list is cheaper than
 * walking the tree again for each of them.
 */
const descendants = new WeakMap<Node, readonly Node[]>();

function nodesUnder(root: Node): readonly Node[] {
  let found = descendants.get(root);
  if (!found) {
    const list: Node[] = [];
    const visit = (node: Node) => {
      list.push(node);
      for (const key of visitorKeys[node.type] ?? []) {
        const child = (node as unknown as Record<string, Node | Node[] | null>)[key];
        if (Array.isArray(child)) child.forEach(visit);
        else if (child) visit(child);
      }
    };
    visit(root);
    descendants.set(root, list);
    found = list;
  }
  return found;
}

/** Every node under `root` (root included) that passes `test`, in source order. */
export function findNodes<T extends Node>(root: Node | null, test: (node: Node) => node is T): T[] {
  return root ? (nodesUnder(root).filter(test) as T[]) : [];
}
