import { describe } from "vitest";
import rule from "../../src/rules/k8s-no-host-namespaces.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";
import { kubernetesRuleTester } from "../helpers/kubernetes-rule-tester.js";

const WHAT = {
  hostNetwork: "the node's network stack: it can bind the node's ports and reach services listening on localhost",
  hostPID: "the node's process table: it can see and signal every process on the node",
  hostIPC: "the node's IPC namespace: it can read shared memory of other processes",
};
const message = (object: string, field: keyof typeof WHAT) =>
  `${object} sets \`${field}: true\`, so ${object.startsWith("Pod ") ? "the pod shares" : "its pods share"} ${WHAT[field]}. Remove it, or allow it for this kind in the rule's options if this is a node agent.`;

const daemonSet = (podLines: string[]) =>
  ["apiVersion: apps/v1", "kind: DaemonSet", "metadata:", "  name: agent", "spec:", "  template:", "    spec:", ...podLines.map((l) => `      ${l}`), "      containers: [{name: a, image: 'a:1'}]", ""].join("\n");

describe.each(ESLINT_VERSIONS)("k8s-no-host-namespaces on ESLint $version", ({ RuleTester, Linter }) => {
  kubernetesRuleTester(RuleTester).run("k8s-no-host-namespaces", rule as never, {
    valid: [
      daemonSet([]),
      daemonSet(["hostNetwork: false", "hostPID: false"]),
      { code: daemonSet(["hostNetwork: true"]), options: [{ allow: { hostNetwork: ["DaemonSet"] } }] },
      // A Service is not a workload.
      "apiVersion: v1\nkind: Service\nmetadata: {name: s}\nspec:\n  hostNetwork: true\n",
    ],
    invalid: [
      {
        code: daemonSet(["hostNetwork: true", "hostPID: true", "hostIPC: true"]),
        errors: [
          { message: message('DaemonSet "agent"', "hostNetwork"), line: 8, column: 20, endColumn: 24 },
          { message: message('DaemonSet "agent"', "hostPID"), line: 9, column: 16 },
          { message: message('DaemonSet "agent"', "hostIPC"), line: 10, column: 16 },
        ],
      },
      {
        // Allowing one kind does not allow another.
        code: "apiVersion: v1\nkind: Pod\nmetadata: {name: debug}\nspec:\n  hostPID: true\n  containers: [{name: a, image: 'a:1'}]\n",
        options: [{ allow: { hostPID: ["DaemonSet"] } }],
        errors: [{ message: message('Pod "debug"', "hostPID"), line: 5, column: 12 }],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "k8s-no-host-namespaces", fence: "yaml", language: "containers/kubernetes", filename: "k8s/app.yaml" });
  });
});
