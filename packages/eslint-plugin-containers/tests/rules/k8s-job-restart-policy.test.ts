import { describe } from "vitest";
import rule from "../../src/rules/k8s-job-restart-policy.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";
import { kubernetesRuleTester } from "../helpers/kubernetes-rule-tester.js";
import { workload } from "../helpers/manifests.js";

describe.each(ESLINT_VERSIONS)("k8s-job-restart-policy on ESLint $version", ({ RuleTester, Linter }) => {
  kubernetesRuleTester(RuleTester).run("k8s-job-restart-policy", rule as never, {
    valid: [
      workload({ kind: "Job", pod: ["restartPolicy: Never"] }),
      workload({ kind: "CronJob", pod: ["restartPolicy: OnFailure"] }),
      // Not a Job.
      workload({ kind: "Deployment" }),
      // A patch leaves the field to its base.
      { code: workload({ kind: "Job", image: null }), filename: "job-patch.yaml" },
    ],
    invalid: [
      {
        code: workload({ kind: "Job", name: "migrate" }),
        errors: [
          {
            message:
              'Job "migrate" sets no `restartPolicy`; the pod default `Always` is invalid for Jobs and the API server rejects it. Set `restartPolicy: OnFailure` or `Never` in the pod template.',
            line: 2,
            column: 7,
          },
        ],
      },
      {
        code: workload({ kind: "CronJob", name: "backup", pod: ["restartPolicy: Always"] }),
        errors: [
          {
            message: 'CronJob "backup" has `restartPolicy: Always`; a Job\'s pods must use `OnFailure` or `Never`, and the API server rejects anything else.',
            line: 11,
            column: 26,
          },
        ],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "k8s-job-restart-policy", fence: "yaml", language: "containers/kubernetes", filename: "k8s/app.yaml" });
  });
});
