import { describe } from "vitest";
import rule from "../../src/rules/k8s-no-unsafe-sysctls.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";
import { kubernetesRuleTester } from "../helpers/kubernetes-rule-tester.js";
import { workload } from "../helpers/manifests.js";

const sysctls = (name: string) => ["securityContext:", "  sysctls:", `    - name: ${name}`, '      value: "1"'];

describe.each(ESLINT_VERSIONS)("k8s-no-unsafe-sysctls on ESLint $version", ({ RuleTester, Linter }) => {
  kubernetesRuleTester(RuleTester).run("k8s-no-unsafe-sysctls", rule as never, {
    valid: [
      workload({ pod: sysctls("net.ipv4.ip_local_port_range") }),
      { code: workload({ pod: sysctls("net.core.somaxconn") }), options: [{ allow: ["net.core.somaxconn"] }] },
    ],
    invalid: [
      {
        code: workload({ pod: sysctls("kernel.msgmax") }),
        errors: [
          {
            message:
              "Deployment \"web\" sets the sysctl 'kernel.msgmax', which is not in Kubernetes' safe set: it can affect other pods or the node, and the kubelet refuses it unless the node allows it. Remove it or run the workload on nodes meant for it.",
            line: 10,
            column: 19,
          },
        ],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "k8s-no-unsafe-sysctls", fence: "yaml", language: "containers/kubernetes", filename: "k8s/app.yaml" });
  });
});
