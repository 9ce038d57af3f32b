/**
 * hadolint's inline pragmas, for teams moving from hadolint: `# hadolint ignore=DL3008,DL3015`
 * silences those codes on the next instruction (all its lines), `# hadolint global ignore=...`
 * in the whole file. Each DL code silences the rule(s) of ours that cover it (HADOLINT_RULES).
 */
import { type DockerfileInstruction, parseDockerfile, type Program } from "dockerfile-eslint-parser";
import { HADOLINT_RULES, rulesFor } from "./mapping.js";

const PRAGMA = /^\s*hadolint\s+(global\s+)?ignore\s*=([\w\s,]*)$/iu;

/** Lines (1-based, inclusive) and the rules silenced on them; `global` covers every line. */
export interface Suppression {
  rules: Set<string>;
  lines: { start: number; end: number } | "global";
}

function instructionsOf(program: Program): DockerfileInstruction[] {
  return program.body.flatMap((node) => {
    if (node.type === "DockerfileStage") return node.body;
    return node.type === "DockerfileParserDirective" ? [] : [node];
  });
}

export function hadolintSuppressions(text: string): Suppression[] {
  if (!/hadolint/iu.test(text)) return [];
  const program = parseDockerfile(text);
  const instructions = instructionsOf(program);
  const suppressions: Suppression[] = [];
  for (const comment of program.comments) {
    const match = PRAGMA.exec(comment.value);
    if (!match || !/\w/u.test(match[2])) continue;
    const codes = match[2].split(/[\s,]+/u).filter(Boolean).map((code) => code.toUpperCase());
    const rules = rulesFor(HADOLINT_RULES, codes);
    if (rules.size === 0) continue;
    if (match[1]) {
      suppressions.push({ rules, lines: "global" });
      continue;
    }
    const next = instructions.find((instruction) => instruction.range[0] >= comment.range[1]);
    if (next) suppressions.push({ rules, lines: { start: next.loc.start.line, end: next.loc.end.line } });
  }
  return suppressions;
}
