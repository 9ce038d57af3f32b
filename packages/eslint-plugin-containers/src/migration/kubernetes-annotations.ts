/**
 * The Kubernetes linters' exemption annotations, for teams moving from them:
 * `ignore-check.kube-linter.io/<check>` (and `kube-linter.io/ignore-all`),
 * `polaris.fairwinds.com/<check>-exempt: "true"` (and `polaris.fairwinds.com/exempt`), and
 * `kube-score/ignore: <check>,<check>`. Each silences the rule(s) of ours that cover the check
 * (KUBE_LINTER_CHECKS, POLARIS_CHECKS, KUBE_SCORE_CHECKS) on the lines of the object that carries
 * it; on a workload the pod template's annotations count too, as the tools read them.
 */
import type { AST } from "yaml-eslint-parser";
import { parseYAML } from "../utils/yaml-parser.js";
import { findEntry, getMappingEntries, getScalarString } from "../utils/compose/index.js";
import { resolveNode } from "../utils/compose/resolve.js";
import { ALL_RULES } from "./dclint-comments.js";
import type { Suppression } from "./hadolint-comments.js";
import { KUBE_LINTER_CHECKS, KUBE_SCORE_CHECKS, POLARIS_CHECKS, rulesFor } from "./mapping.js";

const KUBE_LINTER = "ignore-check.kube-linter.io/";
const POLARIS = /^polaris\.fairwinds\.com\/(\w+)-exempt$/u;

/** The rules one object's annotations silence. */
function silencedRules(annotations: AST.YAMLMapping[]): Set<string> {
  const rules = new Set<string>();
  for (const mapping of annotations) {
    for (const entry of getMappingEntries(mapping)) {
      const value = getScalarString(entry.value) ?? "";
      if (entry.key === "kube-linter.io/ignore-all" || (entry.key === "polaris.fairwinds.com/exempt" && value === "true")) {
        rules.add(ALL_RULES);
      } else if (entry.key.startsWith(KUBE_LINTER)) {
        for (const rule of rulesFor(KUBE_LINTER_CHECKS, [entry.key.slice(KUBE_LINTER.length)])) rules.add(rule);
      } else if (POLARIS.test(entry.key) && value === "true") {
        for (const rule of rulesFor(POLARIS_CHECKS, [POLARIS.exec(entry.key)![1]])) rules.add(rule);
      } else if (entry.key === "kube-score/ignore") {
        for (const rule of rulesFor(KUBE_SCORE_CHECKS, value.split(",").map((check) => check.trim()))) rules.add(rule);
      }
    }
  }
  return rules;
}

function annotationsAt(root: AST.YAMLMapping | null, path: string[]): AST.YAMLMapping | null {
  let current: AST.YAMLMapping | null = root;
  for (const key of path) {
    const value = findEntry(current, key)?.value;
    current = value?.type === "YAMLMapping" ? value : null;
  }
  return current;
}

export function kubernetesAnnotationSuppressions(text: string): Suppression[] {
  if (!/kube-linter\.io|polaris\.fairwinds\.com|kube-score\//u.test(text)) return [];
  let program: AST.YAMLProgram;
  try {
    program = parseYAML(text);
  } catch {
    return []; // The language reports the parsing error.
  }
  const suppressions: Suppression[] = [];
  for (const document of program.body) {
    const root = resolveNode(document.content);
    if (root?.type !== "YAMLMapping") continue;
    const annotations = [
      annotationsAt(root, ["metadata", "annotations"]),
      annotationsAt(root, ["spec", "template", "metadata", "annotations"]),
      annotationsAt(root, ["spec", "jobTemplate", "spec", "template", "metadata", "annotations"]),
    ].filter((mapping): mapping is AST.YAMLMapping => mapping !== null);
    const rules = silencedRules(annotations);
    if (rules.size > 0) suppressions.push({ rules, lines: { start: document.loc.start.line, end: document.loc.end.line } });
  }
  return suppressions;
}
