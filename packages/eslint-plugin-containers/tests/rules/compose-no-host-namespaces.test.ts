import { describe } from "vitest";
import rule from "../../src/rules/compose-no-host-namespaces.js";
import { composeRuleTester } from "../helpers/compose-rule-tester.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";

const network = (service: string) =>
  `Service "${service}" uses the host's network namespace (\`network_mode: host\`): it can bind any host port and reach services listening on the host's localhost. Publish the ports it needs with \`ports\` instead.`;
const pid = (service: string) =>
  `Service "${service}" shares the host's PID namespace (\`pid: host\`): it sees every host process and can signal or inspect them. Remove \`pid: host\`.`;
const ipc = (service: string) =>
  `Service "${service}" shares the host's IPC namespace (\`ipc: host\`): it can read and write the host's shared memory. Remove \`ipc: host\`, or share IPC with one service (\`ipc: service:<name>\`).`;
const uts = (service: string) =>
  `Service "${service}" shares the host's UTS namespace (\`uts: host\`): it can change the host's hostname. Remove \`uts: host\`.`;
const userns = (service: string) =>
  `Service "${service}" turns off user-namespace remapping (\`userns_mode: host\`): root in the container is root on the host. Remove \`userns_mode: host\`.`;
const cgroup = (service: string) =>
  `Service "${service}" uses the host's cgroup namespace (\`cgroup: host\`): it sees the host's whole cgroup tree. Use \`cgroup: private\` or remove the key.`;

describe.each(ESLINT_VERSIONS)("compose-no-host-namespaces on ESLint $version", ({ RuleTester, Linter }) => {
  composeRuleTester(RuleTester).run("compose-no-host-namespaces", rule as never, {
    valid: [
      "services:\n  web:\n    image: nginx:1.27\n",
      "services:\n  web:\n    network_mode: bridge\n    pid: service:app\n    ipc: shareable\n    cgroup: private\n",
      // Sharing with another service or container is not the host.
      "services:\n  sidecar:\n    network_mode: service:app\n  debug:\n    pid: container:abc\n",
      // Unknown until run time.
      "services:\n  web:\n    network_mode: ${NETWORK_MODE:-bridge}\n",
      // Docker compares with `host` exactly.
      "services:\n  web:\n    network_mode: Host\n",
      // Not a service key.
      "x-notes:\n  network_mode: host\nservices:\n  web:\n    image: nginx:1.27\n",
      // A build network only applies to the build's RUN steps.
      "services:\n  web:\n    build:\n      context: .\n      network: host\n",
    ],
    invalid: [
      {
        code: "services:\n  web:\n    image: nginx:1.27\n    network_mode: host\n",
        errors: [{ message: network("web"), line: 4, column: 19, endLine: 4, endColumn: 23 }],
      },
      {
        code: 'services:\n  agent:\n    pid: "host"\n    ipc: host\n    uts: host\n    userns_mode: host\n    cgroup: host\n',
        errors: [
          { message: pid("agent"), line: 3, column: 10, endLine: 3, endColumn: 16 },
          { message: ipc("agent"), line: 4, column: 10, endLine: 4, endColumn: 14 },
          { message: uts("agent"), line: 5, column: 10, endLine: 5, endColumn: 14 },
          { message: userns("agent"), line: 6, column: 18, endLine: 6, endColumn: 22 },
          { message: cgroup("agent"), line: 7, column: 13, endLine: 7, endColumn: 17 },
        ],
      },
      {
        // Inherited through a merge key: reported at each service's `<<` value.
        code: "x-base: &base\n  network_mode: host\nservices:\n  a:\n    <<: *base\n  b:\n    <<: *base\n    network_mode: bridge\n",
        errors: [{ message: network("a"), line: 5, column: 9, endLine: 5, endColumn: 14 }],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "compose-no-host-namespaces", fence: "yaml", language: "containers/compose", filename: "compose.yaml" });
  });
});
