import { describe } from "vitest";
import rule from "../../src/rules/k8s-no-unmasked-proc-mount.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";
import { kubernetesRuleTester } from "../helpers/kubernetes-rule-tester.js";
import { workload } from "../helpers/manifests.js";

describe.each(ESLINT_VERSIONS)("k8s-no-unmasked-proc-mount on ESLint $version", ({ RuleTester, Linter }) => {
  kubernetesRuleTester(RuleTester).run("k8s-no-unmasked-proc-mount", rule as never, {
    valid: [workload(), workload({ container: ["securityContext:", "  procMount: Default"] })],
    invalid: [
      {
        code: workload({ kind: "Pod", container: ["securityContext:", "  procMount: Unmasked"] }),
        errors: [
          {
            message:
              "The container \"app\" of Pod \"web\" sees the node's /proc unmasked: kernel and host information the runtime normally hides. Remove `procMount: Unmasked` (the default is `Default`).",
            line: 10,
            column: 20,
          },
        ],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "k8s-no-unmasked-proc-mount", fence: "yaml", language: "containers/kubernetes", filename: "k8s/app.yaml" });
  });
});
