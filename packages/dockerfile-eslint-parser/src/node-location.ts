import type { Range, SourceLocation } from "./ast.js";
import type { LineIndex } from "./line-index.js";

/*
 * A node stores its offsets as `start` and `end`; `range` and `loc` are computed when read. A
 * stored `range` array cost 64 bytes a node, and a stored `loc` an object and two positions: over
 * half of the AST's memory, for properties mostly read on the few nodes a rule reports or fixes.
 * Nodes share one prototype whose getters build `range` from `start`/`end`, and `loc` from them
 * and the line index of the Program at the top of the `parent` chain; tokens and comments (no
 * parent) carry the index in a private field. Each read returns a new object. Assigning `range`
 * sets `start` and `end`; assigning `loc` stores that value on the node instead.
 */

const lineIndexes = new WeakMap<object, LineIndex>();

/** Records the line index of a Program, for the `loc` of its nodes. */
export function attachLineIndex(program: object, lines: LineIndex): void {
  lineIndexes.set(program, lines);
}

interface Linked {
  start: number;
  end: number;
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

/** `range` from `start` and `end`, for the prototypes of nodes, tokens and comments. */
const RANGE: PropertyDescriptor = {
  get(this: { start: number; end: number }): Range {
    return [this.start, this.end];
  },
  set(this: { start: number; end: number }, range: Range) {
    this.start = range[0];
    this.end = range[1];
  },
  enumerable: false,
  configurable: true,
};

const NODE_PROTOTYPE: object = Object.defineProperties(
  {},
  {
    range: RANGE,
    loc: {
      get(this: Linked): SourceLocation | undefined {
        return lineIndexes.get(rootOf(this))?.locOf(this.start, this.end);
      },
      set(this: object, value: unknown) {
        setOwnLoc(this, value);
      },
      enumerable: false,
      configurable: true,
    },
  },
);

/**
 * Gives a node (an object literal with all its own properties, `start`, `end` and `parent`
 * included, so that they are stored in the object itself) the computed `range` and `loc`.
 */
export function located<T extends { start: number; end: number }>(node: T): T & { range: Range; loc: SourceLocation } {
  return Object.setPrototypeOf(node, NODE_PROTOTYPE) as T & { range: Range; loc: SourceLocation };
}

/** A token or comment: `{ type, value, start, end }` and a computed `range` and `loc`. */
export class TextToken<Type extends string> {
  readonly #lines: LineIndex;
  declare range: Range;

  constructor(
    public type: Type,
    public value: string,
    public start: number,
    public end: number,
    lines: LineIndex,
  ) {
    this.#lines = lines;
  }

  get loc(): SourceLocation {
    return this.#lines.locOf(this.start, this.end);
  }

  set loc(value: SourceLocation) {
    setOwnLoc(this, value);
  }
}

Object.defineProperty(TextToken.prototype, "range", RANGE);

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
