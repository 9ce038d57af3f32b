import { describe } from "vitest";
import rule from "../../src/rules/k8s-seccomp-profile.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";
import { kubernetesRuleTester } from "../helpers/kubernetes-rule-tester.js";
import { workload } from "../helpers/manifests.js";

const unconfined = (container: string) =>
  `The ${container} runs with \`seccompProfile.type: Unconfined\`: every system call is open to it. Use \`RuntimeDefault\` or a \`Localhost\` profile.`;

describe.each(ESLINT_VERSIONS)("k8s-seccomp-profile on ESLint $version", ({ RuleTester, Linter }) => {
  kubernetesRuleTester(RuleTester).run("k8s-seccomp-profile", rule as never, {
    valid: [
      workload(),
      workload({ pod: ["securityContext:", "  seccompProfile:", "    type: RuntimeDefault"] }),
      // The container overrides an unconfined pod default.
      workload({ pod: ["securityContext:", "  seccompProfile: {type: Unconfined}"], container: ["securityContext:", "  seccompProfile: {type: RuntimeDefault}"] }),
      { code: workload({ pod: ["securityContext:", "  seccompProfile: {type: RuntimeDefault}"] }), options: [{ requireProfile: true }] },
    ],
    invalid: [
      {
        code: workload({ container: ["securityContext:", "  seccompProfile:", "    type: Unconfined"] }),
        errors: [{ message: unconfined('container "app" of Deployment "web"'), line: 13, column: 21 }],
      },
      {
        // A pod-level profile is reported once, however many containers inherit it.
        code: workload({ pod: ["securityContext:", "  seccompProfile:", "    type: Unconfined", "initContainers:", "  - name: init", "    image: busybox:1.37"] }),
        errors: [{ message: unconfined('container "app" of Deployment "web"'), line: 10, column: 17 }],
      },
      {
        code: workload(),
        options: [{ requireProfile: true }],
        errors: [{ messageId: "missing", data: { container: 'container "app" of Deployment "web"' }, line: 9, column: 17 }],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "k8s-seccomp-profile", fence: "yaml", language: "containers/kubernetes", filename: "k8s/app.yaml" });
  });
});
