import { describe } from "vitest";
import rule from "../../src/rules/trusted-registries.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";
import { kubernetesRuleTester } from "../helpers/kubernetes-rule-tester.js";
import { workload } from "../helpers/manifests.js";

describe.each(ESLINT_VERSIONS)("trusted-registries on Kubernetes manifests, ESLint $version", ({ RuleTester, Linter }) => {
  kubernetesRuleTester(RuleTester).run("trusted-registries", rule as never, {
    valid: [{ code: workload({ image: "registry.example.com/team/app:1.0" }), options: [{ registries: ["registry.example.com"] }] }],
    invalid: [
      {
        code: workload({ image: "quay.io/team/app:1.0" }),
        options: [{ registries: ["registry.example.com"] }],
        errors: [
          {
            message:
              "Image 'quay.io/team/app:1.0' comes from registry 'quay.io', which is not one of the trusted registries (registry.example.com); pull it through a trusted registry or mirror, or add the registry to the rule's `registries` option.",
            line: 10,
            column: 18,
          },
        ],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "trusted-registries", fence: "yaml kubernetes", language: "containers/kubernetes", filename: "k8s/app.yaml" });
  });
});
