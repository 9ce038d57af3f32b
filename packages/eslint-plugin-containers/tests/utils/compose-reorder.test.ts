import { describe, expect, it } from "vitest";
import { type AST, parseYAML } from "yaml-eslint-parser";
import { compareNames, reorderEntriesEdit, sortedOrder } from "../../src/utils/compose/index.js";

/** Sorts the top-level mapping of `text` by key and returns the new text, or null (no safe edit). */
function sortTop(text: string): string | null {
  const root = parseYAML(text).body[0].content as AST.YAMLMapping;
  const keys = root.pairs.map((pair) => String((pair.key as AST.YAMLScalar).value));
  const edit = reorderEntriesEdit(text, root, sortedOrder(keys, compareNames));
  return edit ? text.slice(0, edit.range[0]) + edit.text + text.slice(edit.range[1]) : null;
}

describe("reorderEntriesEdit", () => {
  it("moves entries with their comments and keeps the gaps", () => {
    expect(sortTop("# head\n\n# about b\nb: 1 # one\nc:\n  - x\n  # more c\n\na: 2\n")).toBe(
      "# head\n\na: 2\n# about b\nb: 1 # one\n\nc:\n  - x\n  # more c\n",
    );
  });
  it("works with CRLF and without a final line break", () => {
    expect(sortTop("b: 1\r\na: 2")).toBe("a: 2\r\nb: 1");
  });
  it("keeps aliases below their anchors", () => {
    expect(sortTop("z: &z 1\na: *z\n")).toBeNull();
    expect(sortTop("a: &a 1\nc: 2\nb: *a\n")).toBe("a: &a 1\nb: *a\nc: 2\n");
    // An anchor defined twice: moving one would change what later aliases mean.
    expect(sortTop("b: &x 1\na: &x 2\nc: *x\n")).toBeNull();
  });
  it("gives up on flow style and merge keys", () => {
    expect(sortTop("{b: 1, a: 2}\n")).toBeNull();
    expect(sortTop("x: &x {k: 1}\nb: 1\n<<: *x\n")).toBeNull();
  });
  it("keeps a merge key in place when asked, and gives up when an entry would cross it", () => {
    const text = "m:\n  <<: *x\n  b: 1\n  a: 2\n";
    const mapping = (parseYAML(`x: &x {}\n${text}`).body[0].content as AST.YAMLMapping).pairs[1].value as AST.YAMLMapping;
    const full = `x: &x {}\n${text}`;
    expect(reorderEntriesEdit(full, mapping, [0, 2, 1])).toBeNull();
    expect(reorderEntriesEdit(full, mapping, [0, 2, 1], { keepMergeKeysInPlace: true })?.text).toBe("  <<: *x\n  a: 2\n  b: 1");
    expect(reorderEntriesEdit(full, mapping, [1, 0, 2], { keepMergeKeysInPlace: true })).toBeNull();
  });
  it("moves the deeper comment lines below the last entry with it", () => {
    expect(sortTop("b: 1\na:\n  - 2\n  # more a\n# footer\n")).toBe("a:\n  - 2\n  # more a\nb: 1\n# footer\n");
  });
  it("sorts case-insensitively, then by code point", () => {
    expect(["b", "B", "a"].sort(compareNames)).toEqual(["a", "B", "b"]);
    expect(sortedOrder(["b", "a", "b"], compareNames)).toEqual([1, 0, 2]);
  });
});
