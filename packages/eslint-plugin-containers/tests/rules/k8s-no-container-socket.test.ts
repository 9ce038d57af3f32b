import { describe } from "vitest";
import rule from "../../src/rules/k8s-no-container-socket.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";
import { kubernetesRuleTester } from "../helpers/kubernetes-rule-tester.js";
import { workload } from "../helpers/manifests.js";

const volume = (path: string) => ["volumes:", "  - name: v", "    hostPath:", `      path: ${path}`];
const message = (path: string) =>
  `Deployment "web" mounts '${path}' from the node: whoever reaches a container runtime's socket can start a privileged container and take over the node. Use a build service or a rootless builder instead.`;

describe.each(ESLINT_VERSIONS)("k8s-no-container-socket on ESLint $version", ({ RuleTester, Linter }) => {
  kubernetesRuleTester(RuleTester).run("k8s-no-container-socket", rule as never, {
    valid: [workload({ pod: volume("/var/log") }), workload({ pod: volume("/data/docker.sock.bak") })],
    invalid: [
      { code: workload({ pod: volume("/var/run/docker.sock") }), errors: [{ message: message("/var/run/docker.sock"), line: 11, column: 19 }] },
      { code: workload({ pod: volume("/run/containerd/containerd.sock") }), errors: [{ message: message("/run/containerd/containerd.sock") }] },
      // The folder that holds the sockets, with a trailing slash.
      { code: workload({ pod: volume("/var/run/") }), errors: [{ message: message("/var/run") }] },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "k8s-no-container-socket", fence: "yaml", language: "containers/kubernetes", filename: "k8s/app.yaml" });
  });
});
