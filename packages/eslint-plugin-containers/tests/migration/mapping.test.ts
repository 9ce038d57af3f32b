// The migration tables against the rule catalogue (../shared/RULES.md, beside the repository):
// every rule they name is a catalogue rule, every DL code / build check / dclint rule that the
// catalogue's Source column names maps to that row's rule, hadolint's whole code range is listed,
// and the migration guides' tables are the ones the module renders.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DCLINT_RULES, DOCKER_BUILD_CHECKS, HADOLINT_RULES, KUBE_LINTER_CHECKS, KUBE_SCORE_CHECKS, POLARIS_CHECKS, rulesFor } from "../../src/migration/mapping.js";
import { fillGeneratedTables } from "../../src/migration/markdown.js";

const RULES_MD = readFileSync(new URL("../../../../../shared/RULES.md", import.meta.url), "utf8");
const docsUrl = (name: string) => new URL(`../../../../docs/${name}`, import.meta.url);

/** Catalogue rows: rule names and the Source cell. */
const ROWS = RULES_MD.split("\n")
  .filter((line) => line.startsWith("| `"))
  .map((line) => {
    const cells = line.split("|").map((cell) => cell.trim());
    return { rules: [...cells[1].matchAll(/`([a-z0-9-]+)`/gu)].map((match) => match[1]), source: cells[4] };
  });
const CATALOGUE = new Set(ROWS.flatMap((row) => row.rules));

function dlCodes(source: string): string[] {
  return [...source.matchAll(/DL(\d{4})(?:–DL(\d{4}))?/gu)].flatMap((match) => {
    const from = Number(match[1]);
    const to = match[2] ? Number(match[2]) : from;
    return Array.from({ length: to - from + 1 }, (_, index) => `DL${from + index}`);
  });
}

describe("migration mapping tables", () => {
  it("name only catalogue rules", () => {
    const named = [DOCKER_BUILD_CHECKS, DCLINT_RULES, KUBE_LINTER_CHECKS, POLARIS_CHECKS, KUBE_SCORE_CHECKS].flatMap((table) => Object.values(table).flatMap((entry) => entry.rules));
    named.push(...Object.values(HADOLINT_RULES).flatMap((entry) => entry.mapping.rules));
    expect(named.filter((rule) => !CATALOGUE.has(rule))).toEqual([]);
  });

  it("map every DL code, build check and dclint rule of the catalogue's Source column to that row's rule", () => {
    const missing: string[] = [];
    for (const row of ROWS) {
      for (const code of dlCodes(row.source)) {
        const mapped = rulesFor(HADOLINT_RULES, [code]);
        if (!row.rules.some((rule) => mapped.has(rule))) missing.push(`${code} -> ${row.rules.join(",")}`);
      }
      for (const check of Object.keys(DOCKER_BUILD_CHECKS).filter((name) => new RegExp(`\\b${name}\\b`, "u").test(row.source))) {
        if (!row.rules.some((rule) => (DOCKER_BUILD_CHECKS[check].rules as readonly string[]).includes(rule))) missing.push(`${check} -> ${row.rules.join(",")}`);
      }
      for (const match of row.source.matchAll(/dclint: ([a-z-]+)/gu)) {
        const mapped = rulesFor(DCLINT_RULES, [match[1]]);
        if (!row.rules.some((rule) => mapped.has(rule))) missing.push(`dclint ${match[1]} -> ${row.rules.join(",")}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("list every hadolint code: DL1001, DL3000–DL3065, DL4000–DL4006", () => {
    const expected = ["DL1001"];
    for (let code = 3000; code <= 3065; code++) expected.push(`DL${code}`);
    for (let code = 4000; code <= 4006; code++) expected.push(`DL${code}`);
    expect(expected.filter((code) => !Object.hasOwn(HADOLINT_RULES, code))).toEqual([]);
    // Not covered always says why.
    for (const [code, rule] of Object.entries(HADOLINT_RULES)) {
      if (rule.mapping.rules.length === 0) expect("notCovered" in rule.mapping, code).toBe(true);
    }
  });

  it.each(["migrate-from-hadolint.md", "migrate-from-dclint.md", "migrate-from-kubernetes-linters.md"])(
    "%s shows the tables the module renders (node --import tsx scripts/generate-migration-docs.ts)",
    (doc) => {
      const markdown = readFileSync(docsUrl(doc), "utf8");
      expect(markdown).toContain("<!-- begin generated");
      expect(fillGeneratedTables(markdown)).toBe(markdown);
    },
  );
});
