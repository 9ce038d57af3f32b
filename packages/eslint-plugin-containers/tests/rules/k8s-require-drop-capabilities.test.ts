import { describe } from "vitest";
import rule from "../../src/rules/k8s-require-drop-capabilities.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";
import { kubernetesRuleTester } from "../helpers/kubernetes-rule-tester.js";
import { workload } from "../helpers/manifests.js";

const message = (minimum: string) =>
  `The container "app" of Deployment "web" keeps the container runtime's default capabilities (NET_RAW, CHOWN, SETUID...). Add \`securityContext.capabilities.drop: [${minimum}]\` and \`add\` back only what it needs.`;

describe.each(ESLINT_VERSIONS)("k8s-require-drop-capabilities on ESLint $version", ({ RuleTester, Linter }) => {
  kubernetesRuleTester(RuleTester).run("k8s-require-drop-capabilities", rule as never, {
    valid: [
      workload({ container: ["securityContext:", "  capabilities:", "    drop: [ALL]"] }),
      workload({ container: ["securityContext:", "  capabilities:", "    drop: [all]"] }),
      { code: workload({ container: ["securityContext:", "  capabilities:", "    drop: [NET_RAW]"] }), options: [{ minimum: "NET_RAW" }] },
      // A privileged container keeps every capability whatever it drops.
      workload({ container: ["securityContext:", "  privileged: true"] }),
      // A Kustomize patch only names the container; the base sets the rest.
      { code: workload({ image: null }), filename: "overlays/prod/patch.yaml" },
    ],
    invalid: [
      { code: workload(), errors: [{ message: message("ALL"), line: 9, column: 17 }] },
      {
        code: workload({ container: ["securityContext:", "  capabilities:", "    drop: [NET_RAW]"] }),
        errors: [{ message: message("ALL"), line: 13, column: 15, endColumn: 19 }],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "k8s-require-drop-capabilities", fence: "yaml", language: "containers/kubernetes", filename: "k8s/app.yaml" });
  });
});
