import { describe } from "vitest";
import rule from "../../src/rules/require-healthcheck.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";
import { kubernetesRuleTester } from "../helpers/kubernetes-rule-tester.js";
import { workload } from "../helpers/manifests.js";

const ports = ["ports:", "  - containerPort: 8080"];

describe.each(ESLINT_VERSIONS)("require-healthcheck on Kubernetes manifests, ESLint $version", ({ RuleTester, Linter }) => {
  kubernetesRuleTester(RuleTester).run("require-healthcheck", rule as never, {
    valid: [
      workload({ container: [...ports, "readinessProbe:", "  httpGet: {path: /ready, port: 8080}"] }),
      // Jobs run to completion; a worker that serves no port has no traffic to gate.
      workload({ kind: "Job", container: ports, pod: ["restartPolicy: Never"] }),
      workload({ kind: "CronJob", container: ports, pod: ["restartPolicy: OnFailure"] }),
      workload({ kind: "Pod", container: ports, pod: ["restartPolicy: Never"] }),
      workload(),
      // Init containers are not probed.
      workload({ container: [...ports, "readinessProbe: {tcpSocket: {port: 8080}}"], pod: ["initContainers:", "  - name: init", "    image: busybox:1.37", "    ports: [{containerPort: 9}]"] }),
    ],
    invalid: [
      {
        code: workload({ container: ports }),
        errors: [
          {
            message:
              'The container "app" of Deployment "web" serves traffic but has no `readinessProbe`, so Kubernetes sends it requests before it is ready and keeps a hung container in rotation. Add the probe (httpGet, tcpSocket, grpc or exec).',
            line: 9,
            column: 17,
          },
        ],
      },
      {
        code: workload({ container: [...ports, "readinessProbe: {tcpSocket: {port: 8080}}"] }),
        options: [{ livenessProbe: true }],
        errors: [{ messageId: "kubernetesProbe", data: { container: 'container "app" of Deployment "web"', probes: "`livenessProbe`" } }],
      },
      {
        code: workload(),
        options: [{ always: true }],
        errors: [{ messageId: "kubernetesProbe", data: { container: 'container "app" of Deployment "web"', probes: "`readinessProbe`" } }],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "require-healthcheck", fence: "yaml kubernetes", language: "containers/kubernetes", filename: "k8s/app.yaml" });
  });
});
