import type { AST } from "yaml-eslint-parser";
import { getStaticYAMLValue, parseYAML } from "../yaml-parser.js";

/** Characters that end or split a plain scalar inside `[...]`/`{...}`, kept quoted there. */
const FLOW_UNSAFE = /[,[\]{}:#]/u;

/** A YAML 1.1 timestamp (`2024-01-01`, `2024-1-1T10:00:00Z`): PyYAML reads it as a date. */
const TIMESTAMP = /^\d{4}-\d{1,2}-\d{1,2}(?:(?:[Tt]|[ \t]+)\d{1,2}:\d{2}:\d{2}(?:\.\d*)?(?:[ \t]*(?:Z|[-+]\d{1,2}(?::\d{2})?))?)?$/u;

/**
 * Whether `value` can be written as a plain (unquoted) scalar and still read as the same string:
 * not empty, on one line, without surrounding spaces, and read back as that string both as
 * YAML 1.2 (compose-go) and as YAML 1.1 (older tools), so `: `, ` #`, a leading `*`, `&`, `!`,
 * `{`, `[`, `-`, `?`, `|`, `>`, `%`, `@`, and values that would change type (`yes`, `null`,
 * `8080`, `1:20`, `0x1F`, `2024-01-01`) all keep their quotes. In a flow collection (`[...]`) the flow
 * indicators and `:`/`#` also keep quotes: parsers disagree on those there.
 */
export function canBePlainScalar(value: string, context: "block" | "flow"): boolean {
  if (value === "" || value !== value.trim() || /[\n\r\t]/u.test(value)) return false;
  if (context === "flow" && FLOW_UNSAFE.test(value)) return false;
  if (TIMESTAMP.test(value)) return false;
  const text = context === "block" ? `- ${value}\n` : `[${value}]\n`;
  for (const version of ["1.2", "1.1"] as const) {
    try {
      const ast = parseYAML(text, { defaultYAMLVersion: version });
      if (ast.body.length !== 1) return false;
      const sequence = ast.body[0].content;
      if (sequence?.type !== "YAMLSequence" || sequence.entries.length !== 1) return false;
      const entry = sequence.entries[0] as AST.YAMLNode | null;
      if (entry?.type !== "YAMLScalar" || entry.style !== "plain") return false;
      if (getStaticYAMLValue(entry) !== value) return false;
    } catch {
      return false;
    }
  }
  return true;
}
