import { describe } from "vitest";
import rule from "../../src/rules/k8s-no-removed-api-version.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";
import { kubernetesRuleTester } from "../helpers/kubernetes-rule-tester.js";

const deployment = (apiVersion: string, withSelector: boolean) =>
  [
    `apiVersion: ${apiVersion}`,
    "kind: Deployment",
    "metadata: {name: web}",
    "spec:",
    ...(withSelector ? ["  selector:", "    matchLabels: {app: web}"] : []),
    "  template:",
    "    metadata: {labels: {app: web}}",
    "    spec:",
    "      containers: [{name: web, image: 'nginx:1.27'}]",
    "",
  ].join("\n");

describe.each(ESLINT_VERSIONS)("k8s-no-removed-api-version on ESLint $version", ({ RuleTester, Linter }) => {
  kubernetesRuleTester(RuleTester).run("k8s-no-removed-api-version", rule as never, {
    valid: [deployment("apps/v1", true), "apiVersion: batch/v1\nkind: CronJob\nmetadata: {name: c}\n", "apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata: {name: p}\n"],
    invalid: [
      {
        code: deployment("extensions/v1beta1", true),
        output: deployment("apps/v1", true),
        errors: [{ message: "`extensions/v1beta1` Deployment was removed in Kubernetes 1.16; use `apps/v1`.", line: 1, column: 13, endColumn: 31 }],
      },
      {
        // apps/v1 requires a selector: not a one-line change, so no fix.
        code: deployment("apps/v1beta1", false),
        output: null,
        errors: [{ messageId: "replacedByHand", data: { apiVersion: "apps/v1beta1", kind: "Deployment", removedIn: "1.16", replacement: "apps/v1" } }],
      },
      {
        // Quotes are kept; the second document is checked too.
        code: 'apiVersion: v1\nkind: Namespace\nmetadata: {name: n}\n---\napiVersion: "batch/v1beta1"\nkind: CronJob\nmetadata: {name: c}\n',
        output: 'apiVersion: v1\nkind: Namespace\nmetadata: {name: n}\n---\napiVersion: "batch/v1"\nkind: CronJob\nmetadata: {name: c}\n',
        errors: [{ message: "`batch/v1beta1` CronJob was removed in Kubernetes 1.25; use `batch/v1`.", line: 5, column: 13 }],
      },
      {
        code: "apiVersion: policy/v1beta1\nkind: PodSecurityPolicy\nmetadata: {name: p}\n",
        output: null,
        errors: [{ messageId: "gone" }],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "k8s-no-removed-api-version", fence: "yaml", language: "containers/kubernetes", filename: "k8s/app.yaml" });
  });
});
