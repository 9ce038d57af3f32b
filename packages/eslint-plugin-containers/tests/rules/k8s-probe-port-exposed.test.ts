import { describe } from "vitest";
import rule from "../../src/rules/k8s-probe-port-exposed.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";
import { kubernetesRuleTester } from "../helpers/kubernetes-rule-tester.js";
import { workload } from "../helpers/manifests.js";

const probe = (port: string) => ["ports:", "  - name: http", "    containerPort: 8080", "readinessProbe:", "  httpGet:", "    path: /ready", `    port: ${port}`];

describe.each(ESLINT_VERSIONS)("k8s-probe-port-exposed on ESLint $version", ({ RuleTester, Linter }) => {
  kubernetesRuleTester(RuleTester).run("k8s-probe-port-exposed", rule as never, {
    valid: [
      workload({ container: probe("http") }),
      workload({ container: probe("8080") }),
      // Numbers need no declaration: health ports are often left out of `ports` on purpose.
      workload({ container: probe("9090") }),
    ],
    invalid: [
      {
        code: workload({ container: probe("metrics") }),
        errors: [
          {
            message:
              "The readinessProbe of the container \"app\" of Deployment \"web\" uses the port name 'metrics', which the container does not declare in `ports`; the probe fails and the pod never becomes ready. Declare the port or use its number.",
            line: 17,
            column: 21,
          },
        ],
      },
      {
        code: workload({ container: ["livenessProbe:", "  tcpSocket: {port: admin}"] }),
        errors: [{ messageId: "unknownName", data: { probe: "livenessProbe", container: 'container "app" of Deployment "web"', port: "admin" } }],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "k8s-probe-port-exposed", fence: "yaml", language: "containers/kubernetes", filename: "k8s/app.yaml" });
  });
});
