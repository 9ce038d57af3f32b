import { describe } from "vitest";
import rule from "../../src/rules/k8s-no-privileged.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";
import { kubernetesRuleTester } from "../helpers/kubernetes-rule-tester.js";

const privileged = (container: string) =>
  `The ${container} runs privileged: it gets every capability and all host devices, as root on the node. Remove \`privileged: true\` and grant only the capabilities it needs.`;
const hostProcess = (container: string) =>
  `The ${container} runs as a Windows host process, with the node's full access. Remove \`hostProcess: true\` unless this is a node agent.`;

const deployment = (containerLines: string[], podLines: string[] = []) =>
  [
    "apiVersion: apps/v1",
    "kind: Deployment",
    "metadata:",
    "  name: web",
    "spec:",
    "  template:",
    "    spec:",
    ...podLines.map((line) => `      ${line}`),
    "      containers:",
    "        - name: app",
    "          image: nginx:1.27",
    ...containerLines.map((line) => `          ${line}`),
    "",
  ].join("\n");

describe.each(ESLINT_VERSIONS)("k8s-no-privileged on ESLint $version", ({ RuleTester, Linter }) => {
  kubernetesRuleTester(RuleTester).run("k8s-no-privileged", rule as never, {
    valid: [
      deployment([]),
      deployment(["securityContext:", "  privileged: false"]),
      // Not a workload: a ConfigMap that happens to hold the words.
      "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  securityContext: |\n    privileged: true\n",
      // Not a Kubernetes object at all.
      "securityContext:\n  privileged: true\n",
    ],
    invalid: [
      {
        code: deployment(["securityContext:", "  privileged: true"]),
        errors: [{ message: privileged('container "app" of Deployment "web"'), line: 12, column: 25, endLine: 12, endColumn: 29 }],
      },
      {
        // Init containers of a CronJob, in the second document of a file.
        code: [
          "apiVersion: v1",
          "kind: Service",
          "metadata: {name: s}",
          "---",
          "apiVersion: batch/v1",
          "kind: CronJob",
          "metadata: {name: backup}",
          "spec:",
          "  jobTemplate:",
          "    spec:",
          "      template:",
          "        spec:",
          "          initContainers:",
          "            - name: prep",
          "              securityContext: {privileged: true}",
          "",
        ].join("\n"),
        errors: [{ message: privileged('init container "prep" of CronJob "backup"'), line: 15, column: 45 }],
      },
      {
        // Windows host process, set at pod level for every container.
        code: deployment([], ["securityContext:", "  windowsOptions:", "    hostProcess: true"]),
        errors: [{ message: hostProcess('container "app" of Deployment "web"'), line: 10, column: 24 }],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "k8s-no-privileged", fence: "yaml", language: "containers/kubernetes", filename: "k8s/app.yaml" });
  });
});
