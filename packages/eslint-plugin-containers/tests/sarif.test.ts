// The SARIF recipe (docs/ci-recipe.md): `@microsoft/eslint-formatter-sarif` over our findings gives
// a SARIF 2.1.0 log that code scanning accepts, with the exact region of each finding (the token,
// not the line), on ESLint 9 and 10.
import { createRequire } from "node:module";
import type { ESLint as ESLintClass } from "eslint";
import { describe, expect, it } from "vitest";
import { ESLINT_VERSIONS } from "./helpers/eslint-versions.js";
import { plugin } from "./helpers/plugin.js";

const require = createRequire(import.meta.url);
const sarifFormatter = require("@microsoft/eslint-formatter-sarif") as (
  results: ESLintClass.LintResult[],
  data: { cwd: string; rulesMeta: Record<string, unknown> },
) => string;

interface SarifRegion {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}
interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: Array<{ physicalLocation: { artifactLocation: { uri: string; index: number }; region: SarifRegion } }>;
}
interface SarifLog {
  version: string;
  $schema: string;
  runs: Array<{
    tool: { driver: { name: string; rules: Array<{ id: string; shortDescription?: { text: string }; helpUri?: string }> } };
    artifacts: Array<{ location: { uri: string } }>;
    results: SarifResult[];
  }>;
}

const DOCKERFILE = "FROM node:latest\nWORKDIR /app\nCMD node server.js\n";
const COMPOSE = 'version: "3.8"\nservices:\n  web:\n    image: nginx:latest\n';

describe.each(ESLINT_VERSIONS)("SARIF with ESLint $version", ({ ESLint }) => {
  it("is a valid SARIF 2.1.0 log with exact regions for Dockerfile and Compose findings", async () => {
    const eslint = new ESLint({ cwd: "/project", overrideConfigFile: true, overrideConfig: plugin.configs.recommended as never });
    const results = [
      ...(await eslint.lintText(DOCKERFILE, { filePath: "/project/Dockerfile" })),
      ...(await eslint.lintText(COMPOSE, { filePath: "/project/compose.yaml" })),
    ];
    const log = JSON.parse(sarifFormatter(results, { cwd: "/project", rulesMeta: eslint.getRulesMetaForResults(results) })) as SarifLog;

    // The shape code scanning requires.
    expect(log.version).toBe("2.1.0");
    expect(log.$schema).toMatch(/sarif-2\.1\.0/u);
    expect(log.runs).toHaveLength(1);
    const [run] = log.runs;
    expect(run.tool.driver.name).toBe("ESLint");
    for (const result of run.results) {
      expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId);
      expect(["error", "warning", "note"]).toContain(result.level);
      expect(result.message.text.length).toBeGreaterThan(10);
      const { artifactLocation } = result.locations[0].physicalLocation;
      expect(run.artifacts[artifactLocation.index].location.uri).toBe(artifactLocation.uri);
    }
    for (const rule of run.tool.driver.rules) {
      expect(rule.shortDescription?.text, rule.id).toBeTruthy();
      expect(rule.helpUri, rule.id).toMatch(/docs\/rules\/.+\.md$/u);
    }

    // Every region is the ESLint message's range, 1-based columns as ESLint's.
    const expected = results.flatMap((result) =>
      result.messages.map((message) => ({
        file: result.filePath.split("/").pop(),
        ruleId: message.ruleId,
        region: { startLine: message.line, startColumn: message.column, endLine: message.endLine, endColumn: message.endColumn },
      })),
    );
    const actual = run.results.map((result) => ({
      file: result.locations[0].physicalLocation.artifactLocation.uri.split("/").pop(),
      ruleId: result.ruleId,
      region: result.locations[0].physicalLocation.region,
    }));
    expect(actual).toEqual(expected);

    // And those are the tokens: the shell-form command, the `version` key of Compose.
    const region = (ruleId: string) => actual.find((entry) => entry.ruleId === ruleId)!.region;
    expect(region("containers/prefer-exec-form")).toEqual({ startLine: 3, startColumn: 5, endLine: 3, endColumn: 19 });
    expect(region("containers/compose-no-version")).toEqual({ startLine: 1, startColumn: 1, endLine: 1, endColumn: 8 });
    expect(actual.filter((entry) => entry.ruleId === "containers/no-latest-tag").map((entry) => entry.file)).toEqual([
      "Dockerfile",
      "compose.yaml",
    ]);
  });
});
