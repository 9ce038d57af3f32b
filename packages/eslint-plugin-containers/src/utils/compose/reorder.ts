import type { AST } from "yaml-eslint-parser";
import type { TextEdit } from "../remove-lines.js";
import { findAnchor } from "./resolve.js";

/**
 * Moving the entries of a block mapping or block sequence into another order, for the sorting
 * rules. Entries move as whole lines: the comment lines right above an entry (at its
 * indentation) and the deeper-indented comment lines right below it move with it, and the text
 * between entries (blank lines, section comments) stays where it is. Indentation never changes,
 * since the entries of one block collection share a column.
 */

interface Block {
  /** Offset of the first character of the block's first line. */
  start: number;
  /** Offset of the end of the block's last line (before its line break). */
  end: number;
}

function lineStartAt(text: string, offset: number): number {
  return text.lastIndexOf("\n", offset - 1) + 1;
}

function lineEndAt(text: string, offset: number): number {
  const newline = text.indexOf("\n", offset);
  const end = newline === -1 ? text.length : newline;
  return text[end - 1] === "\r" ? end - 1 : end;
}

/** The lines of `text` from offset `from`, each with its start, end and content. */
function* linesFrom(text: string, from: number): Generator<{ start: number; end: number; content: string }> {
  let start = from;
  while (start <= text.length) {
    const end = lineEndAt(text, start);
    yield { start, end, content: text.slice(start, end) };
    const newline = text.indexOf("\n", end);
    if (newline === -1) return;
    start = newline + 1;
  }
}

/** Lines going up from the line before `offset`'s line. */
function* linesBefore(text: string, offset: number): Generator<{ start: number; end: number; content: string }> {
  let start = lineStartAt(text, offset);
  while (start > 0) {
    const previousStart = lineStartAt(text, start - 1);
    const end = lineEndAt(text, previousStart);
    yield { start: previousStart, end, content: text.slice(previousStart, end) };
    start = previousStart;
  }
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

/** The aliases inside a node, each with the anchor it refers to. */
function aliasesIn(node: AST.YAMLNode | null | undefined, found: Array<{ alias: AST.YAMLAlias; anchor: AST.YAMLAnchor | null }>): void {
  if (!node) return;
  switch (node.type) {
    case "YAMLAlias":
      found.push({ alias: node, anchor: findAnchor(node) });
      return;
    case "YAMLWithMeta":
      aliasesIn(node.value, found);
      return;
    case "YAMLMapping":
      for (const pair of node.pairs) {
        aliasesIn(pair.key, found);
        aliasesIn(pair.value, found);
      }
      return;
    case "YAMLSequence":
      for (const entry of node.entries) aliasesIn(entry, found);
      return;
    default:
      return;
  }
}

/**
 * Whether the new order keeps the YAML's meaning: every alias inside the collection whose anchor
 * is also inside must stay below it, an anchor name defined twice must not be inside (moving one
 * changes which one later aliases get), and no `<<` merge key may be among the entries.
 */
function orderIsSafe(
  container: AST.YAMLMapping | AST.YAMLSequence,
  blocks: Block[],
  order: readonly number[],
  options: ReorderOptions,
): boolean {
  if (container.type === "YAMLMapping") {
    for (const [index, pair] of container.pairs.entries()) {
      if (!isMergePair(pair)) continue;
      if (!options.keepMergeKeysInPlace) return false;
      // The `<<` pair keeps its slot and no entry crosses it: the same keys stay above it.
      if (order[index] !== index || order.slice(0, index).some((moved) => moved > index)) return false;
    }
  }
  const blockOf = (offset: number) => blocks.findIndex((block) => offset >= block.start && offset <= block.end);
  const position = new Map<number, number>(order.map((blockIndex, k) => [blockIndex, k]));
  let document: AST.YAMLNode | null = container;
  while (document && document.type !== "YAMLDocument") document = document.parent;
  if (document?.type === "YAMLDocument") {
    for (const anchors of Object.values(document.anchors)) {
      if (anchors.length > 1 && anchors.some((anchor) => blockOf(anchor.range[0]) !== -1)) return false;
    }
  }
  const found: Array<{ alias: AST.YAMLAlias; anchor: AST.YAMLAnchor | null }> = [];
  aliasesIn(container, found);
  for (const { alias, anchor } of found) {
    if (!anchor) continue;
    const anchorBlock = blockOf(anchor.range[0]);
    if (anchorBlock === -1) continue; // anchored outside: stays above
    const aliasBlock = blockOf(alias.range[0]);
    if (anchorBlock === aliasBlock) continue;
    if (aliasBlock === -1 || position.get(anchorBlock)! > position.get(aliasBlock)!) return false;
  }
  return true;
}

function isMergePair(pair: AST.YAMLPair): boolean {
  return pair.key?.type === "YAMLScalar" && pair.key.style === "plain" && pair.key.value === "<<";
}

export interface ReorderOptions {
  /**
   * Allow a mapping with `<<` merge keys, as long as each `<<` pair stays in its slot and no
   * entry moves across it (the keys above and below a merge key stay the same), so the merge
   * reads the same in every YAML implementation. Off by default: the edit is then withheld.
   */
  keepMergeKeysInPlace?: boolean;
}

/**
 * The edit that puts the entries of `container` in `order` (`order[k]` is the index of the
 * entry that goes to position k), or null when the move is not safe: a flow collection, an
 * entry sharing a line with another or with its parent key, an alias that would move above its
 * anchor, an anchor name defined twice, a `<<` merge key among the entries (unless
 * `options.keepMergeKeysInPlace` and the order leaves it in place).
 */
export function reorderEntriesEdit(
  text: string,
  container: AST.YAMLMapping | AST.YAMLSequence,
  order: readonly number[],
  options: ReorderOptions = {},
): TextEdit | null {
  if (container.style !== "block") return null;
  const nodes: AST.YAMLNode[] =
    container.type === "YAMLMapping" ? container.pairs : container.entries.filter((e): e is AST.YAMLContent | AST.YAMLWithMeta => e !== null);
  if (nodes.length !== order.length || nodes.length < 2) return null;
  const blocks: Block[] = [];
  for (const [index, node] of nodes.entries()) {
    const lineStart = lineStartAt(text, node.range[0]);
    const prefix = text.slice(lineStart, node.range[0]);
    const ownLine = container.type === "YAMLMapping" ? /^[ \t]*$/u.test(prefix) : /^[ \t]*-[ \t]+$/u.test(prefix);
    if (!ownLine) return null;
    const column = indentOf(prefix);
    const previousEnd = index === 0 ? -1 : blocks[index - 1].end;
    let start = lineStart;
    for (const line of linesBefore(text, lineStart)) {
      if (line.start <= previousEnd) break;
      const trimmed = line.content.trim();
      if (!trimmed.startsWith("#") || indentOf(line.content) !== column) break;
      start = line.start;
    }
    let end = lineEndAt(text, node.range[1] === 0 ? 0 : node.range[1] - 1);
    const next = nodes[index + 1];
    // After the last entry, deeper comment lines below the collection's range still belong to it.
    const limit = next ? lineStartAt(text, next.range[0]) : text.length;
    const afterEnd = text.indexOf("\n", end);
    if (afterEnd !== -1) {
      for (const line of linesFrom(text, afterEnd + 1)) {
        if (line.start >= limit) break;
        const trimmed = line.content.trim();
        if (!trimmed.startsWith("#") || indentOf(line.content) <= column) break;
        end = line.end;
      }
    }
    if (index > 0 && start <= blocks[index - 1].end) return null;
    blocks.push({ start, end });
  }
  if (!orderIsSafe(container, blocks, order, options)) return null;
  // Blocks are whole lines and gaps hold only blank and comment lines: nothing is lost.
  // Build the new text slot by slot, keeping the gaps.
  let result = "";
  for (let k = 0; k < blocks.length; k++) {
    const moved = blocks[order[k]];
    result += text.slice(moved.start, moved.end);
    if (k < blocks.length - 1) result += text.slice(blocks[k].end, blocks[k + 1].start);
  }
  return { range: [blocks[0].start, blocks.at(-1)!.end], text: result };
}

/** The stable order that sorts `keys` by `compare`, as `reorderEntriesEdit` takes it. */
export function sortedOrder<T>(keys: readonly T[], compare: (a: T, b: T) => number): number[] {
  return keys.map((_, index) => index).sort((a, b) => compare(keys[a], keys[b]) || a - b);
}

/** Case-insensitive, then code-point order: deterministic whatever the locale. */
export function compareNames(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  if (x !== y) return x < y ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The index of the first key that sorts before the key above it, or -1 when they are in order. */
export function firstOutOfOrder<T>(keys: readonly T[], compare: (a: T, b: T) => number): number {
  for (let i = 1; i < keys.length; i++) if (compare(keys[i - 1], keys[i]) > 0) return i;
  return -1;
}
