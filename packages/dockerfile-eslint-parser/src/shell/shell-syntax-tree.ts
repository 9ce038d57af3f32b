import type { Tree, TreeCursor } from "web-tree-sitter";
import { directCursor } from "./tree-sitter-bash.js";

/**
 * A plain JavaScript copy of a tree-sitter tree, with the fields the shell converter reads.
 *
 * Every property of a web-tree-sitter node (`type`, `isNamed`, `endIndex`...) is a call into
 * WebAssembly that copies the node into a transfer buffer first, and the converter reads `type`
 * several times per node: that marshalling cost as much as the parse itself. One walk with a
 * tree cursor reads each node once; `isNamed` is a property of the node's type, cached per type,
 * and only zero-width nodes can be MISSING.
 */
export class ShellSyntaxNode {
  readonly children: ShellSyntaxNode[] = [];
  readonly namedChildren: ShellSyntaxNode[] = [];

  constructor(
    private readonly source: string,
    readonly type: string,
    readonly isNamed: boolean,
    readonly isMissing: boolean,
    readonly startIndex: number,
    readonly endIndex: number,
    /** The grammar field this node fills in its parent (`name`, `value`, `body`...). */
    readonly fieldName: string | undefined,
  ) {}

  /** The node's text (tree-sitter indices are UTF-16 offsets into the parsed string). */
  get text(): string {
    return this.source.slice(this.startIndex, this.endIndex);
  }

  /** The first child in the given field, as tree-sitter's `childForFieldName`. */
  childForFieldName(name: string): ShellSyntaxNode | null {
    return this.children.find((child) => child.fieldName === name) ?? null;
  }
}

/** `isNamed` by type id, per language (the same for every node of a type). */
const namedTypes = new WeakMap<object, boolean[]>();

/** Copies the whole tree of `source` (walked iteratively: deep nesting must not overflow the stack). */
export function copyShellTree(tree: Tree, source: string): ShellSyntaxNode {
  const { language } = tree;
  let named = namedTypes.get(language);
  if (!named) namedTypes.set(language, (named = []));
  const cursor = tree.walk();
  const direct = directCursor;
  const calls = direct ? directCalls(direct.functions, (tree as unknown as { 0: number })[0]) : cursorCalls(cursor);
  try {
    const read = (): ShellSyntaxNode => {
      const typeId = calls.typeId();
      const start = calls.startIndex();
      const end = calls.endIndex();
      const isNamed = (named[typeId] ??= language.nodeTypeIsNamed(typeId));
      return new ShellSyntaxNode(
        source,
        language.types[typeId] || "ERROR",
        isNamed,
        start === end && calls.isMissing(),
        start,
        end,
        language.fields[calls.fieldId()] ?? undefined,
      );
    };
    const root = read();
    const path: ShellSyntaxNode[] = [root];
    // Depth-first: into the first child, else to the next sibling, else up until one has a sibling.
    for (;;) {
      if (calls.firstChild()) {
        const child = read();
        append(path[path.length - 1], child);
        path.push(child);
        continue;
      }
      for (;;) {
        path.pop();
        if (path.length === 0) return root;
        if (calls.nextSibling()) {
          const sibling = read();
          append(path[path.length - 1], sibling);
          path.push(sibling);
          break;
        }
        calls.parent();
      }
    }
  } finally {
    // The walk moved the cursor in the transfer buffer only: hand its words back before freeing it.
    if (direct) {
      const words = new Int32Array(direct.memory.buffer, direct.transferBuffer, 4);
      const handles = (cursor as unknown as { handles: number[] }).handles;
      for (let index = 0; index < 4; index++) handles[index] = words[index];
    }
    cursor.delete();
  }
}

interface CursorCalls {
  typeId(): number;
  startIndex(): number;
  endIndex(): number;
  isMissing(): boolean;
  fieldId(): number;
  firstChild(): boolean;
  nextSibling(): boolean;
  parent(): boolean;
}

/** The walk through the wasm functions directly (the cursor stays in the transfer buffer). */
function directCalls(functions: NonNullable<typeof directCursor>["functions"], tree: number): CursorCalls {
  return {
    typeId: () => functions.ts_tree_cursor_current_node_type_id_wasm(tree),
    startIndex: () => functions.ts_tree_cursor_start_index_wasm(tree),
    endIndex: () => functions.ts_tree_cursor_end_index_wasm(tree),
    isMissing: () => functions.ts_tree_cursor_current_node_is_missing_wasm(tree) === 1,
    fieldId: () => functions.ts_tree_cursor_current_field_id_wasm(tree),
    firstChild: () => functions.ts_tree_cursor_goto_first_child_wasm(tree) === 1,
    nextSibling: () => functions.ts_tree_cursor_goto_next_sibling_wasm(tree) === 1,
    parent: () => functions.ts_tree_cursor_goto_parent_wasm(tree) === 1,
  };
}

/** The same walk through web-tree-sitter's TreeCursor, should its build not export the functions. */
function cursorCalls(cursor: TreeCursor): CursorCalls {
  return {
    typeId: () => cursor.nodeTypeId,
    startIndex: () => cursor.startIndex,
    endIndex: () => cursor.endIndex,
    isMissing: () => cursor.nodeIsMissing,
    fieldId: () => cursor.currentFieldId,
    firstChild: () => cursor.gotoFirstChild(),
    nextSibling: () => cursor.gotoNextSibling(),
    parent: () => cursor.gotoParent(),
  };
}

function append(parent: ShellSyntaxNode, child: ShellSyntaxNode): void {
  parent.children.push(child);
  if (child.isNamed) parent.namedChildren.push(child);
}
