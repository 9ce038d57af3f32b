import { describe } from "vitest";
import rule from "../../src/rules/no-root-user.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";
import { kubernetesRuleTester } from "../helpers/kubernetes-rule-tester.js";
import { workload } from "../helpers/manifests.js";

const container = 'container "app" of Deployment "web"';

describe.each(ESLINT_VERSIONS)("no-root-user on Kubernetes manifests, ESLint $version", ({ RuleTester, Linter }) => {
  kubernetesRuleTester(RuleTester).run("no-root-user", rule as never, {
    valid: [
      workload({ container: ["securityContext:", "  runAsNonRoot: true"] }),
      // Set on the pod, inherited by the container.
      workload({ pod: ["securityContext:", "  runAsUser: 10001"] }),
      // An image known to run as its own user.
      workload({ image: "gcr.io/distroless/static:nonroot" }),
      workload({ image: "bitnami/redis:7.4" }),
      // Docker Hub's host and library path do not hide a known image.
      workload({ image: "docker.io/redis:7.4" }),
      workload({ image: "docker.io/prom/prometheus:v3.1.0" }),
      workload({ image: "ghcr.io/stefanprodan/podinfo:6.7.1" }),
      workload({ image: "mcr.microsoft.com/oss/bitnami/redis:6.0.8" }),
      workload({ image: "quay.io/strimzi/kafka:0.35.0-kafka-3.6.0" }),
      // A privileged node agent needs root; k8s-no-privileged reports the privilege.
      workload({ container: ["securityContext:", "  privileged: true"] }),
      { code: workload(), filename: "dev-env/testsvc.yaml" },
      { code: workload(), filename: "kyaml/testdata2/java-deployment.yaml" },
      // A patch: the base decides.
      { code: workload({ image: null }), filename: "overlays/prod/patch.yaml" },
      // Test manifests run as root on purpose.
      { code: workload(), filename: "test/e2e/web.yaml" },
      // A test suite's folder compounded with another word: calico's functional-verification rig.
      { code: workload(), filename: "felix/k8sfv/monitoring.yaml" },
      { code: workload(), filename: "deploy/kubernetes-1.34-test/hostpath/attacher.yaml" },
      // Windows pods have no runAsUser.
      workload({ pod: ["os: {name: windows}"] }),
    ],
    invalid: [
      {
        code: workload(),
        errors: [
          {
            message:
              'The container "app" of Deployment "web" may run as root: nothing sets `runAsNonRoot: true` or a non-zero `runAsUser`, so it runs as the image\'s user, root unless the image says otherwise. Set `securityContext.runAsNonRoot: true` (and a `runAsUser`) on the pod or the container.',
            line: 9,
            column: 17,
          },
        ],
      },
      {
        // An explicit root user, at the value; the container overrides the pod.
        code: workload({ pod: ["securityContext:", "  runAsNonRoot: true"], container: ["securityContext:", "  runAsUser: 0", "  runAsGroup: 0"] }),
        errors: [
          { message: `The ${container} runs as root (\`runAsUser: 0\`); use an unprivileged UID (e.g. 10001) and set \`runAsNonRoot: true\`.`, line: 14, column: 24 },
          { messageId: "kubernetesRootGroup", data: { container }, line: 15 },
        ],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "no-root-user", fence: "yaml kubernetes", language: "containers/kubernetes", filename: "k8s/app.yaml" });
  });
});
