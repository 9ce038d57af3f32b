// The exemption annotations of kube-linter, Polaris and kube-score (opt-in config
// `migrate-kubernetes`), through the ESLint class on ESLint 9 and 10 with the plugin's configs.
import type { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";
import { plugin } from "../helpers/plugin.js";

const withMigration = [...plugin.configs.recommended, ...plugin.configs["migrate-kubernetes"]];

const pod = (name: string, annotations: string[]) =>
  [
    "apiVersion: v1",
    "kind: Pod",
    "metadata:",
    `  name: ${name}`,
    ...(annotations.length > 0 ? ["  annotations:", ...annotations.map((line) => `    ${line}`)] : []),
    "spec:",
    "  hostNetwork: true",
    "  containers:",
    "    - name: app",
    "      image: nginx:1.27",
    "      securityContext:",
    "        privileged: true",
  ].join("\n");

describe.each(ESLINT_VERSIONS)("Kubernetes linters' annotations on ESLint $version", ({ ESLint }) => {
  async function lint(text: string, config: Linter.Config[]) {
    const eslint = new ESLint({ cwd: "/tmp", overrideConfigFile: true, overrideConfig: config as never });
    const [result] = await eslint.lintText(text, { filePath: "/tmp/k8s/pods.yaml" });
    return result.messages.map((message) => `${message.line} ${message.ruleId}`).filter((line) => /privileged|host-namespaces/u.test(line));
  }

  it("without the migration config, annotations change nothing", async () => {
    const text = pod("a", ['ignore-check.kube-linter.io/privileged-container: "CNI agent"']);
    expect(await lint(text, plugin.configs.recommended)).toEqual(["8 containers/k8s-no-host-namespaces", "13 containers/k8s-no-privileged"]);
  });

  it("kube-linter's ignore-check silences the mapped rule on that object only", async () => {
    const text = `${pod("a", ['ignore-check.kube-linter.io/privileged-container: "CNI agent"'])}\n---\n${pod("b", [])}\n`;
    expect(await lint(text, withMigration)).toEqual([
      "8 containers/k8s-no-host-namespaces",
      "20 containers/k8s-no-host-namespaces",
      "25 containers/k8s-no-privileged",
    ]);
  });

  it("Polaris' <check>-exempt and kube-score's ignore list are honoured", async () => {
    expect(await lint(pod("a", ['polaris.fairwinds.com/hostNetworkSet-exempt: "true"']), withMigration)).toEqual(["13 containers/k8s-no-privileged"]);
    expect(await lint(pod("a", ['polaris.fairwinds.com/hostNetworkSet-exempt: "false"']), withMigration)).toHaveLength(2);
    expect(await lint(pod("a", ['kube-score/ignore: "container-security-context-privileged, pod-probes"']), withMigration)).toEqual(["8 containers/k8s-no-host-namespaces"]);
  });

  it("kube-linter.io/ignore-all silences every rule on the object", async () => {
    expect(await lint(pod("a", ['kube-linter.io/ignore-all: "node agent"']), withMigration)).toEqual([]);
  });
});
