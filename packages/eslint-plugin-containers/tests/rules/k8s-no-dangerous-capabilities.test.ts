import { describe } from "vitest";
import rule from "../../src/rules/k8s-no-dangerous-capabilities.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";
import { kubernetesRuleTester } from "../helpers/kubernetes-rule-tester.js";
import { workload } from "../helpers/manifests.js";

describe.each(ESLINT_VERSIONS)("k8s-no-dangerous-capabilities on ESLint $version", ({ RuleTester, Linter }) => {
  kubernetesRuleTester(RuleTester).run("k8s-no-dangerous-capabilities", rule as never, {
    valid: [
      workload(),
      workload({ container: ["securityContext:", "  capabilities:", "    add: [NET_BIND_SERVICE]", "    drop: [ALL]"] }),
      { code: workload({ container: ["securityContext:", "  capabilities:", "    add: [NET_ADMIN]"] }), options: [{ allow: ["CAP_NET_ADMIN"] }] },
    ],
    invalid: [
      {
        code: workload({ container: ["securityContext:", "  capabilities:", "    add:", "      - SYS_ADMIN", "      - CAP_SYS_PTRACE"] }),
        errors: [
          {
            message:
              "The container \"app\" of Deployment \"web\" adds the capability SYS_ADMIN, which allows mount, namespace and most other administration calls (nearly root on the host). Remove it from `capabilities.add`, or allow it in the rule's options if the container truly needs it.",
            line: 14,
            column: 19,
            endColumn: 28,
          },
          { messageId: "dangerous", data: { container: 'container "app" of Deployment "web"', capability: "CAP_SYS_PTRACE", what: "tracing and reading the memory of other processes" }, line: 15 },
        ],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "k8s-no-dangerous-capabilities", fence: "yaml", language: "containers/kubernetes", filename: "k8s/app.yaml" });
  });
});
