import type { AST } from "yaml-eslint-parser";
import type { Rule } from "eslint";

/**
 * An edit that adds entries to a block mapping, as new lines after the mapping's last line at
 * the indentation of its keys: `lines` are the new text, relative to that indentation
 * (`["securityContext:", "  allowPrivilegeEscalation: false"]`). Comments and the rest of the
 * file stay as they are. Null for a flow mapping (`{a: 1}`) or an empty one, where a line-based
 * insertion would not be valid YAML.
 */
export function insertEntriesFix(text: string, mapping: AST.YAMLMapping, lines: readonly string[]): Rule.ReportFixer | null {
  if (mapping.style !== "block" || mapping.pairs.length === 0) return null;
  const firstKey = mapping.pairs[0].key ?? mapping.pairs[0];
  const indent = " ".repeat(firstKey.loc.start.column);
  const lineEnd = endOfLine(text, mapping.range[1]);
  const eol = /\r\n/u.test(text) ? "\r\n" : "\n";
  const insertion = lines.map((line) => `${eol}${indent}${line}`).join("");
  return (fixer) => fixer.insertTextAfterRange([lineEnd, lineEnd], insertion);
}

/**
 * The offset of the line break (or end of text) ending the line where a node ends at `offset`.
 * A block scalar's range includes its final line break; that break ends the line.
 */
function endOfLine(text: string, offset: number): number {
  if (text[offset - 1] === "\n") return text[offset - 2] === "\r" ? offset - 2 : offset - 1;
  const match = /\r\n|\r|\n/u.exec(text.slice(offset));
  return match ? offset + match.index : text.length;
}
