import { describe } from "vitest";
import rule from "../../src/rules/no-secrets-in-args-and-env.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";
import { kubernetesRuleTester } from "../helpers/kubernetes-rule-tester.js";
import { workload } from "../helpers/manifests.js";

describe.each(ESLINT_VERSIONS)("no-secrets-in-args-and-env on Kubernetes manifests, ESLint $version", ({ RuleTester, Linter }) => {
  kubernetesRuleTester(RuleTester).run("no-secrets-in-args-and-env", rule as never, {
    valid: [
      workload({ container: ["env:", "  - name: DB_PASSWORD", "    valueFrom:", "      secretKeyRef: {name: db, key: password}"] }),
      workload({ container: ["env:", "  - name: DB_PASSWORD_FILE", "    value: /run/secrets/db"] }),
      workload({ container: ["env:", "  - name: LOG_LEVEL", "    value: debug"] }),
      // Kubernetes expands $(VAR) from the container's env: the secret is not in the manifest.
      workload({ container: ["args: [--password, $(DB_PASSWORD)]"] }),
      workload({ container: ['args: ["--token-file=/var/run/token"]'] }),
    ],
    invalid: [
      {
        code: workload({ container: ["env:", "  - name: DB_PASSWORD", "    value: hunter2"] }),
        errors: [
          {
            message:
              "Environment variable 'DB_PASSWORD' looks like a secret and has a literal `value` in the manifest, which anyone who can read the file or the pod spec sees. Use `valueFrom.secretKeyRef` (a Secret) instead.",
            line: 12,
            column: 21,
          },
        ],
      },
      {
        code: workload({ container: ["env:", "  - name: DATABASE_URL", "    value: postgres://app:s3cret@db/app"] }),
        errors: [{ messageId: "urlPassword", data: { name: "DATABASE_URL", password: "s3cret" }, line: 13 }],
      },
      {
        code: workload({ container: ['args: ["--password", "hunter2", "--api-token=abc123"]'] }),
        errors: [
          { messageId: "kubernetesArg", data: { name: "password" }, line: 11 },
          { messageId: "kubernetesArg", data: { name: "api-token" }, line: 11 },
        ],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "no-secrets-in-args-and-env", fence: "yaml kubernetes", language: "containers/kubernetes", filename: "k8s/app.yaml" });
  });
});
