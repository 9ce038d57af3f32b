import type { Range, SourceLocation } from "./ast.js";
import type { LineIndex } from "./line-index.js";

/*
 * `loc` is computed when read, from `range` and the file's line index, not stored: a stored
 * `loc` was an object and two positions per node, a third of the AST's memory, for a property
 * ESLint reads only on the nodes it reports. Nodes share one prototype whose `loc` getter walks
 * `parent` up to the Program, which knows its line index; tokens and comments (no parent)
 * carry the index in a private field. Each read returns a new object; assigning `loc` stores
 * that value on the node instead.
 */

const lineIndexes = new WeakMap<object, LineIndex>();

/** Records the line index of a Program, for the `loc` of its nodes. */
export function attachLineIndex(program: object, lines: LineIndex): void {
  lineIndexes.set(program, lines);
}

interface Linked {
  range: Range;
  parent: Linked | null;
}

function rootOf(node: Linked): Linked {
  let root = node;
  while (root.parent) root = root.parent;
  return root;
}

function setOwnLoc(target: object, value: unknown): void {
  Object.defineProperty(target, "loc", { value, writable: true, enumerable: true, configurable: true });
}

const NODE_PROTOTYPE: object = Object.defineProperty({}, "loc", {
  get(this: Linked): SourceLocation | undefined {
    return lineIndexes.get(rootOf(this))?.loc(this.range);
  },
  set(this: object, value: unknown) {
    setOwnLoc(this, value);
  },
  enumerable: false,
  configurable: true,
});

/**
 * Gives a node (an object literal with all its own properties, `range` and `parent` included, so
 * that they are stored in the object itself) the computed `loc`. Returns the node typed with it.
 */
export function located<T extends { range: Range }>(node: T): T & { loc: SourceLocation } {
  return Object.setPrototypeOf(node, NODE_PROTOTYPE) as T & { loc: SourceLocation };
}

/** A token or comment: `{ type, value, range }` and a computed `loc`. */
export class TextToken<Type extends string> {
  readonly #lines: LineIndex;

  constructor(
    public type: Type,
    public value: string,
    public range: Range,
    lines: LineIndex,
  ) {
    this.#lines = lines;
  }

  get loc(): SourceLocation {
    return this.#lines.loc(this.range);
  }

  set loc(value: SourceLocation) {
    setOwnLoc(this, value);
  }
}

/** One shared empty array for the many empty lists of the AST (frozen: add by replacing it). */
export const EMPTY: never[] = Object.freeze([]) as unknown as never[];

/** `list` with `items` appended, as a new array when `list` is the shared empty one. */
export function appended<T>(list: T[], ...items: T[]): T[] {
  if (items.length === 0) return list;
  if (list === EMPTY) return items;
  list.push(...items);
  return list;
}

/** `list`, or the shared empty array when it is empty. */
export function orEmpty<T>(list: T[]): T[] {
  return list.length === 0 ? EMPTY : list;
}

/**
 * `list` at its exact length (or the shared empty array): an array grown by `push` keeps spare
 * room (17 slots after the first push), which the AST would hold for as long as it lives.
 */
export function packed<T>(list: T[]): T[] {
  return list.length === 0 ? EMPTY : list.slice();
}
