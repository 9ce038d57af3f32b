import { describe } from "vitest";
import rule from "../../src/rules/k8s-no-privilege-escalation.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";
import { kubernetesRuleTester } from "../helpers/kubernetes-rule-tester.js";

const allowed = (container: string) =>
  `The ${container} allows privilege escalation: a setuid binary in it can gain more privileges than the process started with. Set \`allowPrivilegeEscalation: false\`.`;
const unset = (container: string) =>
  `The ${container} does not set \`allowPrivilegeEscalation\`, which defaults to true: a setuid binary in it can gain privileges. Set \`allowPrivilegeEscalation: false\` in its \`securityContext\`.`;

const pod = (lines: string[]) => ["apiVersion: v1", "kind: Pod", "metadata:", "  name: p", "spec:", ...lines.map((line) => `  ${line}`), ""].join("\n");

describe.each(ESLINT_VERSIONS)("k8s-no-privilege-escalation on ESLint $version", ({ RuleTester, Linter }) => {
  kubernetesRuleTester(RuleTester).run("k8s-no-privilege-escalation", rule as never, {
    valid: [
      pod(["containers:", "  - name: app", "    image: app:1", "    securityContext:", "      allowPrivilegeEscalation: false"]),
      { code: pod(["containers:", "  - name: app", "    image: app:1"]), options: [{ requireExplicitFalse: false }] },
      // A privileged container may always escalate; the API server rejects `false` beside it.
      pod(["containers:", "  - name: app", "    image: app:1", "    securityContext:", "      privileged: true"]),
      // Windows pods cannot set the field.
      pod(["os:", "  name: windows", "containers:", "  - name: app", "    image: app:1"]),
      // Not a workload.
      "apiVersion: v1\nkind: Service\nmetadata:\n  name: s\nspec:\n  ports: [{port: 80}]\n",
    ],
    invalid: [
      {
        code: pod(["containers:", "  - name: app", "    image: app:1", "    securityContext:", "      allowPrivilegeEscalation: true"]),
        errors: [{ message: allowed('container "app" of Pod "p"'), line: 10, column: 35, endLine: 10, endColumn: 39, suggestions: [] }],
      },
      {
        // No securityContext: the suggestion adds one after the container's last line, comments kept.
        code: pod(["containers:", "  - name: app # the web app", "    image: app:1 # pinned"]),
        errors: [
          {
            message: unset('container "app" of Pod "p"'),
            line: 7,
            column: 13,
            suggestions: [
              {
                messageId: "insert",
                output: pod([
                  "containers:",
                  "  - name: app # the web app",
                  "    image: app:1 # pinned",
                  "    securityContext:",
                  "      allowPrivilegeEscalation: false",
                ]),
              },
            ],
          },
        ],
      },
      {
        // An existing securityContext gets the key at the indentation of its own keys; CRLF kept.
        code: pod(["containers:", "  - name: app", "    securityContext:", "      runAsNonRoot: true", "    image: app:1"]).replace(/\n/gu, "\r\n"),
        errors: [
          {
            message: unset('container "app" of Pod "p"'),
            suggestions: [
              {
                messageId: "insert",
                output: pod([
                  "containers:",
                  "  - name: app",
                  "    securityContext:",
                  "      runAsNonRoot: true",
                  "      allowPrivilegeEscalation: false",
                  "    image: app:1",
                ]).replace(/\n/gu, "\r\n"),
              },
            ],
          },
        ],
      },
      {
        // A flow-style securityContext cannot take a new line: no suggestion.
        code: pod(["containers:", "  - name: app", "    image: app:1", "    securityContext: {runAsNonRoot: true}"]),
        errors: [{ message: unset('container "app" of Pod "p"'), suggestions: [] }],
      },
      {
        // Init containers count too.
        code: pod(["initContainers:", "  - name: init", "    image: app:1", "    securityContext:", "      allowPrivilegeEscalation: true", "containers:", "  - name: app", "    image: app:1", "    securityContext:", "      allowPrivilegeEscalation: false"]),
        errors: [{ message: allowed('init container "init" of Pod "p"'), line: 10, suggestions: [] }],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "k8s-no-privilege-escalation", fence: "yaml", language: "containers/kubernetes", filename: "k8s/app.yaml" });
  });
});
