/**
 * dclint's configuration comments, for teams moving from dclint (its documented behaviour):
 * - `# dclint disable-file` as the first line: the file is not linted;
 * - `# dclint disable [rule ...]` as the first line: those rules (all without names) in the file;
 * - `# dclint disable-line [rule ...]`: on a line of its own it covers the next line, at the end
 *   of a line that line.
 * "First line" is the first line that is not blank or `---`. Each dclint rule silences the rule(s)
 * of ours that cover it (DCLINT_RULES); with no names, every rule of this plugin is silenced.
 */
import { DCLINT_RULES, rulesFor } from "./mapping.js";
import type { Suppression } from "./hadolint-comments.js";

/** Every rule of ours (no names given). */
export const ALL_RULES = "*";

function ruleSet(names: string): Set<string> {
  const list = names.trim().split(/\s+/u).filter(Boolean);
  return list.length === 0 ? new Set([ALL_RULES]) : rulesFor(DCLINT_RULES, list);
}

export function dclintSuppressions(text: string): Suppression[] | "file" {
  const lines = text.split(/\r?\n/u);
  const suppressions: Suppression[] = [];
  const first = lines.find((line) => line.trim() !== "" && line.trim() !== "---")?.trim() ?? "";
  if (/^#\s*dclint\s+disable-file\b/u.test(first)) return "file";
  const fileWide = /^#\s*dclint\s+disable(?:\s(.*))?$/u.exec(first);
  if (fileWide) suppressions.push({ rules: ruleSet(fileWide[1] ?? ""), lines: "global" });
  for (const [index, line] of lines.entries()) {
    const match = /#\s*dclint\s+disable-line\b(.*)$/u.exec(line);
    if (!match) continue;
    const target = line.trim().startsWith("#") ? index + 2 : index + 1;
    suppressions.push({ rules: ruleSet(match[1]), lines: { start: target, end: target } });
  }
  return suppressions;
}
