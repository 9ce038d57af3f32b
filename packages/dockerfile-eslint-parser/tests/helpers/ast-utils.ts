import { expect } from "vitest";
import type { Node, Program, NodeOfType } from "../../src/ast.js";
import { parseDockerfile } from "../../src/parse-dockerfile.js";
import { visitorKeys } from "../../src/visitor-keys.js";
import { checkInvariants } from "./invariants.js";

/** Parses `text` and fails the test if any structural invariant does not hold. */
export function parseChecked(text: string): Program {
  const program = parseDockerfile(text);
  expect(checkInvariants(text, program), "AST invariants").toEqual([]);
  return program;
}

/** The child nodes of a node, in visitor-key order. */
export function childrenOf(node: Node): Node[] {
  const children: Node[] = [];
  for (const key of visitorKeys[node.type] ?? []) {
    const value = (node as unknown as Record<string, Node | Node[] | null | undefined>)[key];
    if (Array.isArray(value)) children.push(...value);
    else if (value) children.push(value);
  }
  return children;
}

/** Every node of the tree, depth first, in visitor-key order. */
export function allNodes(root: Node): Node[] {
  const result: Node[] = [];
  const visit = (node: Node) => {
    result.push(node);
    for (const child of childrenOf(node)) visit(child);
  };
  visit(root);
  return result;
}

/** The nodes of one type, optionally filtered. */
export function findAll<T extends Node["type"]>(root: Node, type: T, where: (node: NodeOfType<T>) => boolean = () => true): Array<NodeOfType<T>> {
  return allNodes(root).filter((node): node is NodeOfType<T> => node.type === type && where(node as NodeOfType<T>));
}

/** The one node of a type matching `where`; fails when there is not exactly one. */
export function findOne<T extends Node["type"]>(root: Node, type: T, where: (node: NodeOfType<T>) => boolean = () => true): NodeOfType<T> {
  const found = findAll(root, type, where);
  expect(found, `exactly one ${type}`).toHaveLength(1);
  return found[0];
}

/** The source text under a node. */
export function sourceOf(text: string, node: { range: [number, number] }): string {
  return text.slice(node.range[0], node.range[1]);
}

/** `line:column-line:column` of a node, ESTree convention (1-based lines, 0-based columns). */
export function where(node: { loc: { start: { line: number; column: number }; end: { line: number; column: number } } }): string {
  return `${node.loc.start.line}:${node.loc.start.column}-${node.loc.end.line}:${node.loc.end.column}`;
}

/**
 * A readable, stable form of an AST for snapshots: no `parent`, `loc` compacted to
 * `"line:col-line:col"`, `range` kept, tokens and comments compacted the same way.
 */
export function compactAst(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(compactAst);
  if (node === null || typeof node !== "object") return node;
  const result: Record<string, unknown> = {};
  // `range` and `loc` are computed on read (getters on the nodes' prototype) from `start` and
  // `end`, which they repeat: the snapshot shows them compacted, as before.
  const computed = "range" in node && !Object.hasOwn(node, "range");
  if (computed) result.range = `${(node as { range: number[] }).range[0]}-${(node as { range: number[] }).range[1]}`;
  if ("loc" in node && !Object.hasOwn(node, "loc")) result.loc = where(node as Parameters<typeof where>[0]);
  for (const [key, value] of Object.entries(node)) {
    if (key === "parent") continue;
    if (computed && (key === "start" || key === "end")) continue;
    if (key === "loc") result.loc = where(node as Parameters<typeof where>[0]);
    else if (key === "range") result.range = `${(value as number[])[0]}-${(value as number[])[1]}`;
    else result[key] = compactAst(value);
  }
  return result;
}
