import { describe } from "vitest";
import rule from "../../src/rules/k8s-selector-matches-template.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";
import { kubernetesRuleTester } from "../helpers/kubernetes-rule-tester.js";

const deployment = (selector: string[], labels: string[]) =>
  [
    "apiVersion: apps/v1",
    "kind: Deployment",
    "metadata: {name: web}",
    "spec:",
    "  selector:",
    "    matchLabels:",
    ...selector.map((line) => `      ${line}`),
    "  template:",
    "    metadata:",
    "      labels:",
    ...labels.map((line) => `        ${line}`),
    "    spec:",
    "      containers: [{name: web, image: 'nginx:1.27'}]",
    "",
  ].join("\n");

describe.each(ESLINT_VERSIONS)("k8s-selector-matches-template on ESLint $version", ({ RuleTester, Linter }) => {
  kubernetesRuleTester(RuleTester).run("k8s-selector-matches-template", rule as never, {
    valid: [
      deployment(["app: web"], ["app: web", "tier: frontend"]),
      // ReplicationController's selector is a plain map.
      "apiVersion: v1\nkind: ReplicationController\nmetadata: {name: rc}\nspec:\n  selector: {app: rc}\n  template:\n    metadata:\n      labels: {app: rc}\n    spec:\n      containers: [{name: a, image: 'a:1'}]\n",
      // A patch without a template.
      "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  selector:\n    matchLabels: {app: web}\n",
    ],
    invalid: [
      {
        code: deployment(["app: web", "tier: backend"], ["app: web", "tier: frontend"]),
        errors: [
          {
            message:
              "Deployment \"web\" selects pods with 'tier: backend', but its pod template has 'tier: frontend'; the API server rejects a selector that does not match the template. Make the two agree.",
            line: 8,
            column: 7,
          },
        ],
      },
      {
        code: deployment(["app: web"], ["name: web"]),
        errors: [{ messageId: "mismatch", data: { object: 'Deployment "web"', key: "app", value: "web", actual: "no 'app' label" } }],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "k8s-selector-matches-template", fence: "yaml", language: "containers/kubernetes", filename: "k8s/app.yaml" });
  });
});
