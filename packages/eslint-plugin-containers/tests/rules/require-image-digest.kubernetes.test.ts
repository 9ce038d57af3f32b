import { describe } from "vitest";
import rule from "../../src/rules/require-image-digest.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";
import { kubernetesRuleTester } from "../helpers/kubernetes-rule-tester.js";
import { workload } from "../helpers/manifests.js";

const DIGEST = "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

describe.each(ESLINT_VERSIONS)("require-image-digest on Kubernetes manifests, ESLint $version", ({ RuleTester, Linter }) => {
  kubernetesRuleTester(RuleTester).run("require-image-digest", rule as never, {
    valid: [workload({ image: `nginx:1.27@${DIGEST}` }), workload({ image: `ghcr.io/example/app@${DIGEST}` })],
    invalid: [
      {
        code: workload({ image: "nginx:1.27" }),
        errors: [
          {
            message: "Image 'nginx:1.27' is not pinned by digest, so a re-pushed tag changes what you build or run; append its '@sha256:...' digest (keep the tag for readers).",
            line: 10,
            column: 18,
            endColumn: 28,
          },
        ],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "require-image-digest", fence: "yaml kubernetes", language: "containers/kubernetes", filename: "k8s/app.yaml" });
  });
});
