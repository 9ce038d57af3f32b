import { describe } from "vitest";
import rule from "../../src/rules/k8s-no-sensitive-host-mounts.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";
import { kubernetesRuleTester } from "../helpers/kubernetes-rule-tester.js";
import { workload } from "../helpers/manifests.js";

const volume = (path: string) => ["volumes:", "  - name: v", "    hostPath:", `      path: ${path}`];

describe.each(ESLINT_VERSIONS)("k8s-no-sensitive-host-mounts on ESLint $version", ({ RuleTester, Linter }) => {
  kubernetesRuleTester(RuleTester).run("k8s-no-sensitive-host-mounts", rule as never, {
    valid: [
      workload({ pod: volume("/var/log") }),
      workload({ pod: volume("/etc/ssl/certs") }),
      // CSI plugins register through these folders by design.
      workload({ pod: volume("/var/lib/kubelet/plugins/csi.example.com") }),
      // The runtime socket is k8s-no-container-socket's finding.
      workload({ pod: volume("/var/run/docker.sock") }),
      { code: workload({ pod: volume("/proc") }), options: [{ allow: ["/proc"] }] },
    ],
    invalid: [
      {
        code: workload({ pod: volume("/etc") }),
        errors: [
          {
            message:
              "Deployment \"web\" mounts the node's '/etc': a container that can read or write it can read secrets of the node or take it over. Mount only the file it needs, read-only, or use a ConfigMap, Secret or volume.",
            line: 11,
            column: 19,
          },
        ],
      },
      { code: workload({ pod: volume("/var/lib/kubelet/pods") }), errors: [{ messageId: "sensitive" }] },
      { code: workload({ pod: volume("//") }), errors: [{ messageId: "sensitive" }] },
      { code: workload({ pod: volume("/data") }), options: [{ anyHostPath: true }], errors: [{ messageId: "hostPath" }] },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "k8s-no-sensitive-host-mounts", fence: "yaml", language: "containers/kubernetes", filename: "k8s/app.yaml" });
  });
});
