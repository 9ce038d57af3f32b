import type { Linter as LinterType } from "eslint";
import yml from "eslint-plugin-yml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KUBERNETES_FILES } from "../../src/configs/files.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";
import { plugin, pluginForConfig } from "../helpers/plugin.js";
import { createTempProject, type TempProject } from "../helpers/temp-project.js";

const PRIVILEGED = "containers/k8s-no-privileged";

const config = (rules: LinterType.RulesRecord = { [PRIVILEGED]: "error" }): LinterType.Config[] => [
  { files: ["**/*.yaml"], plugins: { containers: pluginForConfig }, language: "containers/kubernetes", rules },
];

const privilegedPod = (name: string) =>
  ["apiVersion: v1", "kind: Pod", `metadata: {name: ${name}}`, "spec:", "  containers:", "    - name: c", "      image: busybox:1.37", "      securityContext:", "        privileged: true"].join("\n");

describe.each(ESLINT_VERSIONS)("the kubernetes language on ESLint $version", ({ ESLint, Linter }) => {
  const lint = (code: string, rules?: LinterType.RulesRecord, filename = "k8s/app.yaml") => new Linter().verify(code, config(rules), filename);

  it("reads every document, skips those that are not Kubernetes objects, and reads List items", () => {
    const code = [
      privilegedPod("a"),
      "---",
      "# plain YAML in the same file",
      "settings:",
      "  securityContext: {privileged: true}",
      "---",
      "apiVersion: v1",
      "kind: List",
      "items:",
      ...privilegedPod("b").split("\n").map((line, index) => (index === 0 ? `  - ${line}` : `    ${line}`)),
      "",
    ].join("\n");
    expect(lint(code).map((m) => [m.line, m.message.slice(0, 40)])).toEqual([
      [9, 'The container "c" of Pod "a" runs privil'],
      [26, 'The container "c" of Pod "b" runs privil'],
    ]);
  });

  it("honours # eslint-disable-next-line and # eslint rule: off comments", () => {
    const code = `${privilegedPod("a").replace("        privileged: true", "        # eslint-disable-next-line containers/k8s-no-privileged -- CNI agent\n        privileged: true")}\n---\n${privilegedPod("b")}\n`;
    expect(lint(code).map((m) => m.line)).toEqual([20]);
    expect(lint(`# eslint containers/k8s-no-privileged: off\n${privilegedPod("a")}\n`)).toEqual([]);
  });

  it("keeps helm template's # Source: comment in the message", () => {
    const code = `---\n# Source: chart/templates/pod.yaml\n${privilegedPod("a")}\n`;
    expect(lint(code)[0].message).toContain('Pod "a" (from chart/templates/pod.yaml)');
  });

  it("gives a located parsing error for broken YAML, not a crash", () => {
    const [message] = lint("apiVersion: v1\nkind: Pod\nmetadata:\n  name: [unclosed\n");
    expect(message).toMatchObject({ fatal: true, ruleId: null, line: expect.any(Number), column: expect.any(Number) });
  });

  it("reports a duplicate key as a parsing error at the second key, in each document", () => {
    expect(lint("apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n  labels: {}\n  name: b\n")).toMatchObject([
      { fatal: true, ruleId: null, message: "Parsing error: Map keys must be unique", line: 6, column: 3 },
    ]);
    expect(lint("apiVersion: v1\nkind: Pod\n---\napiVersion: v1\nkind: Pod\nkind: Service\n")).toMatchObject([
      { fatal: true, ruleId: null, message: "Parsing error: Map keys must be unique", line: 6, column: 1 },
    ]);
  });

  it("runs eslint-plugin-yml's rules on the same file", () => {
    const messages = new Linter().verify(
      "apiVersion: v1\nkind: Pod\nmetadata: {name: a, name: b}\n",
      [{ files: ["**/*.yaml"], plugins: { containers: pluginForConfig, yml: yml as never }, language: "containers/kubernetes", rules: { "yml/no-empty-mapping-value": "error", "yml/plain-scalar": "error" } }],
      "k8s/a.yaml",
    );
    // yaml-eslint-parser refuses the duplicate key as YAML does; a clean file gets yml's findings.
    expect(messages[0].fatal).toBe(true);
    const clean = new Linter().verify(
      'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: "a"}\n',
      [{ files: ["**/*.yaml"], plugins: { containers: pluginForConfig, yml: yml as never }, language: "containers/kubernetes", rules: { "yml/plain-scalar": "error" } }],
      "k8s/a.yaml",
    );
    expect(clean.map((m) => m.ruleId)).toEqual(["yml/plain-scalar"]);
  });

  describe("files, as the configs give them", () => {
    let project: TempProject;
    beforeAll(() => {
      project = createTempProject({
        "k8s/pod.yaml": `${privilegedPod("a")}\n`,
        "deploy/app.k8s.yaml": `${privilegedPod("b")}\n`,
        "manifests/kustomization.yaml": "resources: [pod.yaml]\n",
        // A raw Helm template: Go template text, not YAML; skipped without a word.
        "chart/templates/pod.yaml": `{{- if .Values.enabled }}\n${privilegedPod("{{ .Release.Name }}")}\n{{- end }}\n`,
        // Rendered output is plain YAML and is linted.
        "deploy/rendered.yaml": `---\n# Source: chart/templates/pod.yaml\n${privilegedPod("rendered")}\n`,
        "deploy/docker-compose.yml": "services:\n  web:\n    privileged: true\n",
      });
    });
    afterAll(() => project.remove());

    it("lints manifests in the usual folders, skips Helm templates, Kustomize files and Compose files", async () => {
      const eslint = new ESLint({ cwd: project.dir, overrideConfigFile: true, overrideConfig: plugin.configs.recommended as never });
      const results = await eslint.lintFiles(["."]);
      const found = results
        .map((result) => [result.filePath.slice(project.dir.length + 1), result.messages.filter((m) => m.ruleId === PRIVILEGED).length])
        .sort();
      expect(found).toContainEqual(["k8s/pod.yaml", 1]);
      expect(found).toContainEqual(["deploy/app.k8s.yaml", 1]);
      expect(found).toContainEqual(["deploy/rendered.yaml", 1]);
      // The Compose file is linted as Compose, not as a manifest.
      expect(found).toContainEqual(["deploy/docker-compose.yml", 0]);
      const byFile = new Map(results.map((result) => [result.filePath.slice(project.dir.length + 1), result]));
      expect(byFile.get("deploy/docker-compose.yml")?.messages.map((m) => m.ruleId)).toContain("containers/compose-no-privileged");
      expect(byFile.has("manifests/kustomization.yaml")).toBe(false);
      expect(byFile.has("chart/templates/pod.yaml")).toBe(false);
    });

    it("skips a raw Helm template under templates/ without noise when it is linted", async () => {
      const eslint = new ESLint({
        cwd: project.dir,
        overrideConfigFile: true,
        overrideConfig: [{ files: ["**/*.yaml"], plugins: { containers: pluginForConfig }, language: "containers/kubernetes", rules: { [PRIVILEGED]: "error" } }] as never,
      });
      const [result] = await eslint.lintFiles(["chart/templates/pod.yaml"]);
      expect(result.messages).toEqual([]);
    });
  });

  it("exports globs for the usual manifest folders", () => {
    expect(KUBERNETES_FILES).toContain("**/k8s/**/*.y?(a)ml");
    expect(KUBERNETES_FILES).toContain("**/*.k8s.y?(a)ml");
  });
});
