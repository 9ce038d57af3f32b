import { describe } from "vitest";
import rule from "../../src/rules/k8s-resource-limits.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";
import { kubernetesRuleTester } from "../helpers/kubernetes-rule-tester.js";
import { workload } from "../helpers/manifests.js";

const complete = ["resources:", "  requests: {cpu: 100m, memory: 128Mi}", "  limits: {memory: 256Mi}"];

describe.each(ESLINT_VERSIONS)("k8s-resource-limits on ESLint $version", ({ RuleTester, Linter }) => {
  kubernetesRuleTester(RuleTester).run("k8s-resource-limits", rule as never, {
    valid: [
      workload({ container: complete }),
      { code: workload({ container: ["resources:", "  requests: {cpu: 100m, memory: 128Mi}", "  limits: {memory: 256Mi, cpu: 500m}"] }), options: [{ requireCpuLimit: true }] },
      { code: workload({ image: null }), filename: "overlays/prod/memorylimit_patch.yaml" },
      // Kubernetes copies a limit into the request left unset.
      workload({ container: ["resources:", "  limits: {cpu: 500m, memory: 256Mi}"] }),
    ],
    invalid: [
      {
        code: workload(),
        errors: [
          {
            message:
              'The container "app" of Deployment "web" has no cpu request, memory request, memory limit: Without requests the scheduler does not reserve what it needs, and it is among the first evicted under pressure; without a memory limit one leak can exhaust the node\'s memory. Set `resources.requests.cpu`, `resources.requests.memory`, `resources.limits.memory`.',
            line: 9,
            column: 17,
          },
        ],
      },
      {
        code: workload({ container: ["resources:", "  requests: {cpu: 100m, memory: 128Mi}"] }),
        errors: [
          {
            message:
              'The container "app" of Deployment "web" has no memory limit: Without a memory limit one leak can exhaust the node\'s memory. Set `resources.limits.memory`.',
            line: 11,
            column: 11,
          },
        ],
      },
      {
        code: workload({ container: complete }),
        options: [{ requireCpuLimit: true }],
        errors: [{ message: 'The container "app" of Deployment "web" has no cpu limit: Without a CPU limit it can take every core of the node. Set `resources.limits.cpu`.' }],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "k8s-resource-limits", fence: "yaml", language: "containers/kubernetes", filename: "k8s/app.yaml" });
  });
});
