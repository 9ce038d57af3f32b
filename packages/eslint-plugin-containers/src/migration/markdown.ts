/**
 * The mapping tables of the migration guides (docs/migrate-from-*.md), rendered
 * from ./mapping.ts. `scripts/generate-migration-docs.ts` writes them between the docs'
 * `<!-- begin/end generated ... -->` markers; a test fails when the docs and the tables differ.
 */
import { DCLINT_RULES, DOCKER_BUILD_CHECKS, HADOLINT_RULES, KUBE_LINTER_CHECKS, KUBE_SCORE_CHECKS, type Mapping, POLARIS_CHECKS } from "./mapping.js";

function ruleLinks(mapping: Mapping): string {
  if (mapping.rules.length === 0) return "not covered";
  return mapping.rules.map((rule) => `[\`${rule}\`](rules/${rule}.md)`).join(", ");
}

function comment(mapping: Mapping): string {
  if ("notCovered" in mapping) return mapping.notCovered;
  return mapping.note ?? "";
}

const escapeCell = (text: string) => text.replaceAll("|", "\\|");

export function hadolintTable(): string {
  const rows = Object.entries(HADOLINT_RULES).map(([code, rule]) => {
    const status = rule.status ? ` (${rule.status} in hadolint)` : "";
    return `| ${code} | ${escapeCell(rule.summary)}${status} | ${ruleLinks(rule.mapping)} | ${escapeCell(comment(rule.mapping))} |`;
  });
  return ["| hadolint | What it checks | Our rule | Notes |", "|---|---|---|---|", ...rows].join("\n");
}

export function dockerChecksTable(): string {
  const rows = Object.entries(DOCKER_BUILD_CHECKS).map(
    ([check, mapping]) => `| \`${check}\` | ${ruleLinks(mapping)} | ${escapeCell(comment(mapping))} |`,
  );
  return ["| Docker build check | Our rule | Notes |", "|---|---|---|", ...rows].join("\n");
}

export function dclintTable(): string {
  const rows = Object.entries(DCLINT_RULES).map(([rule, mapping]) => {
    const ours = mapping.rules.length === 0 && !("notCovered" in mapping) ? "(parsing error)" : ruleLinks(mapping);
    return `| \`${rule}\` | ${ours} | ${escapeCell(comment(mapping))} |`;
  });
  return ["| dclint | Our rule | Notes |", "|---|---|---|", ...rows].join("\n");
}

/** A table of a Kubernetes linter's checks and the annotation that exempts an object from one. */
function kubernetesTable(tool: string, table: Readonly<Record<string, Mapping>>): () => string {
  return () => {
    const rows = Object.entries(table).map(([check, mapping]) => `| \`${check}\` | ${ruleLinks(mapping)} | ${escapeCell(comment(mapping))} |`);
    return [`| ${tool} | Our rule | Notes |`, "|---|---|---|", ...rows].join("\n");
  };
}

/** Each generated block, by the name its markers carry. */
export const GENERATED_TABLES: Record<string, () => string> = {
  "hadolint-rules": hadolintTable,
  "docker-build-checks": dockerChecksTable,
  "dclint-rules": dclintTable,
  "kube-linter-checks": kubernetesTable("kube-linter", KUBE_LINTER_CHECKS),
  "polaris-checks": kubernetesTable("Polaris", POLARIS_CHECKS),
  "kube-score-checks": kubernetesTable("kube-score", KUBE_SCORE_CHECKS),
};

/** Replaces every `<!-- begin generated NAME -->...<!-- end generated NAME -->` block of a doc. */
export function fillGeneratedTables(markdown: string): string {
  return markdown.replace(
    /(<!-- begin generated ([\w-]+) -->)[\s\S]*?(<!-- end generated \2 -->)/gu,
    (whole, begin: string, name: string, end: string) => {
      const render = GENERATED_TABLES[name];
      return render ? `${begin}\n${render()}\n${end}` : whole;
    },
  );
}
