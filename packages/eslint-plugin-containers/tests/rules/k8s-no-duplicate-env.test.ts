import { describe } from "vitest";
import rule from "../../src/rules/k8s-no-duplicate-env.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";
import { kubernetesRuleTester } from "../helpers/kubernetes-rule-tester.js";
import { workload } from "../helpers/manifests.js";

describe.each(ESLINT_VERSIONS)("k8s-no-duplicate-env on ESLint $version", ({ RuleTester, Linter }) => {
  kubernetesRuleTester(RuleTester).run("k8s-no-duplicate-env", rule as never, {
    valid: [
      workload({ container: ["env:", "  - name: A", '    value: "1"', "  - name: B", '    value: "2"'] }),
      // Two containers may each set the same name.
      workload({ container: ["env: [{name: A, value: x}]"], pod: ["initContainers:", "  - name: init", "    image: busybox:1.37", "    env: [{name: A, value: y}]"] }),
    ],
    invalid: [
      {
        code: workload({ container: ["env:", "  - name: LOG_LEVEL", "    value: info", "  - name: LOG_LEVEL", "    value: debug"] }),
        errors: [
          {
            message:
              "The container \"app\" of Deployment \"web\" defines 'LOG_LEVEL' again (first on line 12); the last one wins, so the first is dead and a later edit may change the wrong one. Keep one.",
            line: 14,
            column: 21,
          },
        ],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "k8s-no-duplicate-env", fence: "yaml", language: "containers/kubernetes", filename: "k8s/app.yaml" });
  });
});
