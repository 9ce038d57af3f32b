import type { AST } from "yaml-eslint-parser";
import { createRule } from "../utils/create-rule.js";
import {
  compareNames,
  firstOutOfOrder,
  getComposeRoot,
  parsePortRange,
  readPortEntry,
  reorderEntriesEdit,
  resolveNode,
  sortedOrder,
  writtenServiceValues,
} from "../utils/compose/index.js";

/** What a `ports` entry is sorted by. */
interface PortKey {
  /** The first published port, or the first container port when none is published; null when not a static number. */
  port: number | null;
  /** The text that port is read from (`${WEB_PORT}`), to order entries without a static port. */
  text: string;
  /** The first container port, null when not static. */
  target: number | null;
  protocol: string;
  /** How the message names the entry. */
  label: string;
}

function portKey(entry: AST.YAMLContent | AST.YAMLWithMeta, sourceText: string): PortKey {
  const node = resolveNode(entry);
  const spec = readPortEntry(node);
  const label =
    node?.type === "YAMLScalar"
      ? `"${String(node.value)}"`
      : spec
        ? `{ published: ${spec.published ?? "-"}, target: ${spec.target ?? "-"} }`
        : sourceText;
  if (!spec) return { port: null, text: "", target: null, protocol: "", label };
  // An entry whose split is unknown (`${PORTS}`) is ordered by its whole text.
  const text = spec.unknown ? String((node as AST.YAMLScalar).value) : (spec.published ?? spec.target ?? "");
  return {
    port: spec.unknown ? null : (parsePortRange(text)?.start ?? null),
    text,
    target: parsePortRange(spec.target)?.start ?? null,
    protocol: spec.protocol,
    label,
  };
}

/** Entries without a static port first (by text), then by port, container port and protocol. */
function comparePorts(a: PortKey, b: PortKey): number {
  if (a.port === null || b.port === null) {
    if (a.port !== null) return 1;
    if (b.port !== null) return -1;
    return compareNames(a.text, b.text);
  }
  return a.port - b.port || (a.target ?? -1) - (b.target ?? -1) || compareNames(a.protocol, b.protocol);
}

export default createRule("compose-sort-ports", {
  meta: {
    type: "layout",
    docs: {
      description: "Require the `ports` of each Compose service sorted by published port",
      config: "stylistic",
    },
    languages: ["compose"],
    fixable: "code",
    schema: [],
    messages: {
      unsorted:
        "Port {{port}} should come before {{previous}}: keep `ports` sorted by published port (the container port when none is published).",
    },
  },
  create(context) {
    return {
      Program() {
        // A list shared through an anchor is checked once, where it is written.
        for (const { value: list } of writtenServiceValues(getComposeRoot(context), "ports")) {
          if (list.type !== "YAMLSequence") continue;
          const items = list.entries.filter((item) => item !== null) as Array<AST.YAMLContent | AST.YAMLWithMeta>;
          const keys = items.map((item) => portKey(item, context.sourceCode.getText(item as never)));
          const index = firstOutOfOrder(keys, comparePorts);
          if (index === -1) continue;
          const edit = reorderEntriesEdit(context.sourceCode.text, list, sortedOrder(keys, comparePorts));
          context.report({
            node: items[index],
            messageId: "unsorted",
            data: { port: keys[index].label, previous: keys[index - 1].label },
            fix: edit ? (fixer) => fixer.replaceTextRange(edit.range, edit.text) : null,
          });
        }
      },
    };
  },
});
