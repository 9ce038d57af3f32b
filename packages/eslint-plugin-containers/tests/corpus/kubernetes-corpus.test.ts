/**
 * Every Kubernetes manifest of the corpus, linted with every Kubernetes rule (recommended and
 * strict, plus the options that widen them), then fixed: zero crashes, fixes converge, and the
 * fixed file parses with the same documents apart from the apiVersions the fixes move.
 */
import { Linter } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";
import { getStaticYAMLValue, parseYAML } from "yaml-eslint-parser";
import { readCorpus } from "../helpers/corpus.js";
import { plugin, pluginForConfig } from "../helpers/plugin.js";

const kubernetesRules = Object.fromEntries(
  Object.entries(plugin.rules)
    .filter(([, rule]) => rule.meta.languages.includes("containers/kubernetes"))
    .map(([name]) => [`containers/${name}`, "error" as const]),
);
const config: Linter.Config[] = [{ files: ["**/*.yaml"], plugins: { containers: pluginForConfig }, language: "containers/kubernetes", rules: kubernetesRules }];

/** The documents' data without apiVersion, which the removed-API fix changes on purpose. */
function dataWithoutApiVersions(text: string): string {
  const documents = parseYAML(text).body.map((document) => getStaticYAMLValue(document));
  return JSON.stringify(documents, (key, value: unknown) => (key === "apiVersion" ? undefined : value));
}

describe("the Kubernetes corpus", () => {
  const files = readCorpus("kubernetes");
  const linter = new Linter();
  const results: Array<{ name: string; text: string; messages: Linter.LintMessage[]; fixed: Linter.FixReport; crash?: string }> = [];

  beforeAll(() => {
    for (const { name, text } of files) {
      try {
        results.push({ name, text, messages: linter.verify(text, config, "k8s/manifest.yaml"), fixed: linter.verifyAndFix(text, config, "k8s/manifest.yaml") });
      } catch (error) {
        results.push({ name, text, messages: [], fixed: { fixed: false, messages: [], output: text }, crash: String(error) });
      }
    }
  }, 300_000);

  it(`lints all ${files.length} manifests with every Kubernetes rule and no crash`, () => {
    expect(files.length).toBeGreaterThan(250);
    expect(results.filter((r) => r.crash).map((r) => `${r.name}: ${r.crash}`)).toEqual([]);
    // One corpus file repeats a mapping key, which YAML forbids: a located parsing error, not a crash.
    const fatal = results.flatMap((r) => r.messages.filter((m) => m.fatal).map((m) => `${r.name}:${m.line}:${m.column}`));
    expect(fatal).toEqual(["rancher__local-path-provisioner__examples__quota__local-path-storage.yaml:186:1"]);
    expect(results.filter((r) => r.messages.some((m) => m.ruleId)).length).toBeGreaterThan(100);
  });

  it("converges, and fixed files parse to the same data apart from apiVersions", () => {
    const fixed = results.filter((r) => r.fixed.fixed);
    expect(fixed.length).toBeGreaterThan(0);
    for (const result of fixed) {
      expect(result.fixed.messages.filter((m) => m.fix), result.name).toEqual([]);
      expect(dataWithoutApiVersions(result.fixed.output), result.name).toBe(dataWithoutApiVersions(result.text));
    }
  });
});
