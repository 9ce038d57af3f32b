import { describe } from "vitest";
import rule from "../../src/rules/k8s-no-host-ports.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";
import { kubernetesRuleTester } from "../helpers/kubernetes-rule-tester.js";
import { workload } from "../helpers/manifests.js";

describe.each(ESLINT_VERSIONS)("k8s-no-host-ports on ESLint $version", ({ RuleTester, Linter }) => {
  kubernetesRuleTester(RuleTester).run("k8s-no-host-ports", rule as never, {
    valid: [
      // Under hostNetwork the port is the node's anyway.
      workload({ pod: ["hostNetwork: true"], container: ["ports:", "  - containerPort: 9100", "    hostPort: 9100"] }),
      workload({ container: ["ports:", "  - containerPort: 80"] }), workload({ container: ["ports:", "  - containerPort: 80", "    hostPort: 0"] })],
    invalid: [
      {
        code: workload({ container: ["ports:", "  - containerPort: 80", "    hostPort: 8080"] }),
        errors: [
          {
            message:
              'The container "app" of Deployment "web" binds port 8080 of the node: only one such pod fits on a node, and the port bypasses network policies. Expose it with a Service instead.',
            line: 13,
            column: 25,
            endColumn: 29,
          },
        ],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "k8s-no-host-ports", fence: "yaml", language: "containers/kubernetes", filename: "k8s/app.yaml" });
  });
});
