import { describe } from "vitest";
import rule from "../../src/rules/no-latest-tag.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";
import { kubernetesRuleTester } from "../helpers/kubernetes-rule-tester.js";
import { workload } from "../helpers/manifests.js";

describe.each(ESLINT_VERSIONS)("no-latest-tag on Kubernetes manifests, ESLint $version", ({ RuleTester, Linter }) => {
  kubernetesRuleTester(RuleTester).run("no-latest-tag", rule as never, {
    valid: [
      workload({ image: "nginx:1.27" }),
      // A digest pins the image, tag or not (a peer complaint: digests flagged as untagged).
      workload({ image: "nginx@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef" }),
      // Built by ko at deploy time; already on the node.
      workload({ image: "ko://example.com/cmd/app" }),
      workload({ image: "registry.example.com/app", container: ["imagePullPolicy: Never"] }),
      // A one-word name that is not an official image is a local build (kind load, minikube).
      workload({ image: "order-service" }),
    ],
    invalid: [
      {
        code: workload({ image: "nginx" }),
        errors: [{ message: "Image 'nginx' has no tag, so it means ':latest' and changes under you; pin a version tag or digest.", line: 10, column: 18, endColumn: 23 }],
      },
      {
        // A registry with a port is not a tag.
        code: workload({ image: "registry:5000/app" }),
        errors: [{ messageId: "missing", data: { image: "registry:5000/app", tag: "", origin: "" } }],
      },
      {
        code: workload({ kind: "CronJob", image: "quay.io/calico/node:master" }),
        errors: [{ message: "Image 'quay.io/calico/node:master' uses the moving tag ':master'; pin a version tag or digest.", line: 13 }],
      },
      {
        // Init containers too; `${TAG:-latest}` is judged by its default.
        code: workload({ image: "app:1.0", pod: ["initContainers:", "  - name: init", "    image: busybox:${TAG:-latest}"] }),
        errors: [{ messageId: "floating", data: { image: "busybox:latest", tag: "latest", origin: "" }, line: 10 }],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "no-latest-tag", fence: "yaml kubernetes", language: "containers/kubernetes", filename: "k8s/app.yaml" });
  });
});
