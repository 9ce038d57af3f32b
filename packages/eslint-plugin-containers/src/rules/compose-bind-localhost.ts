import type { AST } from "yaml-eslint-parser";
import { createRule, type SuggestionDescriptor } from "../utils/create-rule.js";
import {
  findEntry,
  getComposeRoot,
  getScalarString,
  getServicePorts,
  getServices,
  type PortMapping,
} from "../utils/compose/index.js";

/** The suggestion's edit: `127.0.0.1:` before a short entry, a `host_ip` line in a block mapping. */
function bindEdit(port: PortMapping, text: string): { at: number; insert: string } | null {
  if (!port.inPlace) return null;
  const { node } = port;
  if (node.type === "YAMLScalar") {
    // `3000` alone is a container port: `127.0.0.1::3000` keeps the host port Docker picks.
    const insert = port.published === undefined ? "127.0.0.1::" : "127.0.0.1:";
    if (node.style === "plain") return { at: node.range[0], insert };
    if (node.style === "double-quoted" || node.style === "single-quoted") return { at: node.range[0] + 1, insert };
    return null;
  }
  if (node.type !== "YAMLMapping" || node.style !== "block") return null;
  const simple = node.pairs.every(
    (pair) => pair.value?.type === "YAMLScalar" && pair.value.style !== "literal" && pair.value.style !== "folded",
  );
  const first = node.pairs[0];
  if (!simple || !first) return null;
  // A new line after the mapping's last line (after any comment on it), at its keys' indentation.
  const newlineAt = text.indexOf("\n", node.range[1]);
  const lineEnd = newlineAt === -1 ? text.length : newlineAt;
  const crlf = text[lineEnd - 1] === "\r";
  const indent = " ".repeat(first.loc.start.column);
  return { at: crlf ? lineEnd - 1 : lineEnd, insert: `${crlf ? "\r\n" : "\n"}${indent}host_ip: 127.0.0.1` };
}

export default createRule("compose-bind-localhost", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Require published ports in Compose files to name the host IP they bind to",
      config: "strict",
    },
    languages: ["compose"],
    hasSuggestions: true,
    schema: [],
    messages: {
      unbound:
        "Port {{port}} is published on every network interface of the host. Bind it to an address (127.0.0.1 keeps it on this machine), or use `expose` if only other containers need it.",
      bindLocalhost: "Bind the port to 127.0.0.1 (reachable from this machine only).",
    },
  },
  create(context) {
    return {
      Program() {
        const reported = new Set<AST.YAMLNode>();
        for (const service of getServices(getComposeRoot(context))) {
          // With the host's network the container has no published ports of its own.
          if (getScalarString(findEntry(service.mapping, "network_mode")?.value) === "host") continue;
          for (const port of getServicePorts(service)) {
            if (port.unknown || port.hostIp !== undefined || reported.has(port.reportNode)) continue;
            reported.add(port.reportNode);
            const edit = bindEdit(port, context.sourceCode.text);
            const suggest: SuggestionDescriptor[] = edit
              ? [{ messageId: "bindLocalhost", fix: (fixer) => fixer.insertTextAfterRange([edit.at, edit.at], edit.insert) }]
              : [];
            context.report({
              node: port.reportNode,
              messageId: "unbound",
              data: {
                port:
                  port.syntax === "short"
                    ? context.sourceCode.getText(port.node)
                    : `${port.published ?? "(any free port)"} (target ${port.target ?? "?"})`,
              },
              suggest,
            });
          }
        }
      },
    };
  },
});
