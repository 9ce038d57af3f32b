import { describe } from "vitest";
import rule from "../../src/rules/k8s-read-only-root-filesystem.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";
import { kubernetesRuleTester } from "../helpers/kubernetes-rule-tester.js";
import { workload } from "../helpers/manifests.js";

const message =
  "The container \"app\" of Deployment \"web\" can write to its root filesystem, so an attacker can drop tools or change the application's files. Set `readOnlyRootFilesystem: true` and mount an `emptyDir` where it must write.";

describe.each(ESLINT_VERSIONS)("k8s-read-only-root-filesystem on ESLint $version", ({ RuleTester, Linter }) => {
  kubernetesRuleTester(RuleTester).run("k8s-read-only-root-filesystem", rule as never, {
    valid: [workload({ container: ["securityContext:", "  readOnlyRootFilesystem: true"] }), { code: workload({ image: null }), filename: "patch.yaml" },
      // Privileged (calico's install-cni, kube-router on the corpus): it could remount / read-write anyway.
      workload({ container: ["securityContext:", "  privileged: true"] }),
      workload({ container: ["securityContext:", "  privileged: true", "  readOnlyRootFilesystem: false"] }),
    ],
    invalid: [
      {
        code: workload(),
        errors: [
          {
            message,
            line: 9,
            column: 17,
            suggestions: [{ messageId: "insert", output: workload({ container: ["securityContext:", "  readOnlyRootFilesystem: true"] }) }],
          },
        ],
      },
      {
        code: workload({ container: ["securityContext:", "  readOnlyRootFilesystem: false"] }),
        errors: [{ message, line: 12, column: 37, suggestions: [{ messageId: "insert", output: workload({ container: ["securityContext:", "  readOnlyRootFilesystem: true"] }) }] }],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "k8s-read-only-root-filesystem", fence: "yaml", language: "containers/kubernetes", filename: "k8s/app.yaml" });
  });
});
