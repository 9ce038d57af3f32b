import type { Tree } from "web-tree-sitter";

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
  try {
    const read = (): ShellSyntaxNode => {
      const typeId = cursor.nodeTypeId;
      const start = cursor.startIndex;
      const end = cursor.endIndex;
      const isNamed = (named[typeId] ??= language.nodeTypeIsNamed(typeId));
      return new ShellSyntaxNode(
        source,
        language.types[typeId] || "ERROR",
        isNamed,
        start === end && cursor.nodeIsMissing,
        start,
        end,
        language.fields[cursor.currentFieldId] ?? undefined,
      );
    };
    const root = read();
    const path: ShellSyntaxNode[] = [root];
    // Depth-first: into the first child, else to the next sibling, else up until one has a sibling.
    for (;;) {
      if (cursor.gotoFirstChild()) {
        const child = read();
        append(path[path.length - 1], child);
        path.push(child);
        continue;
      }
      for (;;) {
        path.pop();
        if (path.length === 0) return root;
        if (cursor.gotoNextSibling()) {
          const sibling = read();
          append(path[path.length - 1], sibling);
          path.push(sibling);
          break;
        }
        cursor.gotoParent();
      }
    }
  } finally {
    cursor.delete();
  }
}

function append(parent: ShellSyntaxNode, child: ShellSyntaxNode): void {
  parent.children.push(child);
  if (child.isNamed) parent.namedChildren.push(child);
}
