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

/**
 * The instruction a node belongs to (the node itself for an instruction, the trigger for a node
 * inside ONBUILD), or null above instructions (a stage, the Program).
 */
function instructionOf(node: Node): Node | null {
  let current: Node | null = node;
  while (current?.parent && current.parent.type !== "DockerfileStage" && current.parent.type !== "Program" && current.parent.type !== "DockerfileOnbuild") {
    current = current.parent;
  }
  return current?.parent ? current : null;
}

function isWithin(node: Node, root: Node): boolean {
  for (let current: Node | null = node; current; current = current.parent) if (current === root) return true;
  return false;
}

/**
 * Every node under `root` (root included) that passes `test`, in source order. A root inside
 * an instruction (a script, a word) is searched in the list of its instruction, so that every
 * search of one RUN shares one walk.
 */
export function findNodes<T extends Node>(root: Node | null, test: (node: Node) => node is T): T[] {
  if (!root) return [];
  const owner = instructionOf(root);
  if (!owner || owner === root) return nodesUnder(root).filter(test) as T[];
  return nodesUnder(owner).filter((node) => test(node) && isWithin(node, root)) as T[];
}
