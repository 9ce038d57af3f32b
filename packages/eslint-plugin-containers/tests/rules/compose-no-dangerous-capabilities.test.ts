import { describe } from "vitest";
import rule from "../../src/rules/compose-no-dangerous-capabilities.js";
import { composeRuleTester } from "../helpers/compose-rule-tester.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";

const dangerous = (service: string, capability: string, what: string) =>
  `Service "${service}" adds the capability ${capability}, which allows ${what}. Remove it from \`cap_add\`, or allow it in the rule's options if the service truly needs it.`;
const dropAll = (service: string) =>
  `Service "${service}" keeps Docker's default capabilities. Add \`cap_drop: [ALL]\` and \`cap_add\` only the ones it needs.`;

const SYS_ADMIN = "mount, namespace and most other administration calls (nearly root on the host)";
const NET_ADMIN = "control of the network stack (interfaces, routes, firewall rules)";

describe.each(ESLINT_VERSIONS)("compose-no-dangerous-capabilities on ESLint $version", ({ RuleTester, Linter }) => {
  composeRuleTester(RuleTester).run("compose-no-dangerous-capabilities", rule as never, {
    valid: [
      "services:\n  web:\n    image: nginx:1.27\n",
      "services:\n  web:\n    image: nginx:1.27\n    cap_drop: [ALL]\n    cap_add: [NET_BIND_SERVICE, CHOWN, SETUID, SETGID]\n",
      // Dropping a dangerous capability is the opposite of adding it.
      "services:\n  web:\n    cap_drop:\n      - SYS_ADMIN\n",
      { code: "services:\n  vpn:\n    cap_add: [cap_net_admin]\n", options: [{ allow: ["NET_ADMIN"] }] },
      // Unknown until run time.
      "services:\n  web:\n    cap_add:\n      - ${EXTRA_CAP}\n",
      // requireDropAll: satisfied by ALL in any case or prefix, skipped for fragments and extending services.
      { code: "services:\n  web:\n    image: nginx:1.27\n    cap_drop: [all]\n", options: [{ requireDropAll: true }] },
      { code: "services:\n  web:\n    image: nginx:1.27\n    cap_drop:\n      - CAP_ALL\n", options: [{ requireDropAll: true }] },
      { code: "services:\n  web:\n    ports: ['8080:80']\n  api:\n    extends: {file: base.yaml, service: api}\n", options: [{ requireDropAll: true }] },
    ],
    invalid: [
      {
        code: "services:\n  app:\n    image: example/app:1.0\n    cap_add:\n      - SYS_ADMIN\n      - NET_BIND_SERVICE\n",
        errors: [{ message: dangerous("app", "SYS_ADMIN", SYS_ADMIN), line: 5, column: 9, endLine: 5, endColumn: 18 }],
      },
      {
        // Any case, with or without the CAP_ prefix; the message keeps what was written.
        code: "services:\n  vpn:\n    cap_add: [cap_net_admin, all, Sys_Ptrace]\n",
        errors: [
          { message: dangerous("vpn", "cap_net_admin", NET_ADMIN), line: 3, column: 15, endLine: 3, endColumn: 28 },
          { message: dangerous("vpn", "all", "every capability"), line: 3, column: 30, endLine: 3, endColumn: 33 },
          { message: dangerous("vpn", "Sys_Ptrace", "tracing and reading the memory of other processes"), line: 3, column: 35 },
        ],
      },
      {
        // Also reported with cap_drop: [ALL]; `allow` lets one through.
        code: "services:\n  vpn:\n    cap_drop: [ALL]\n    cap_add: [NET_ADMIN, SYS_MODULE]\n",
        options: [{ allow: ["net_admin"] }],
        errors: [{ message: dangerous("vpn", "SYS_MODULE", "loading kernel modules"), line: 4, column: 26 }],
      },
      {
        // A shared list is reported at each service's alias.
        code: "x-caps: &caps [SYS_ADMIN]\nservices:\n  a:\n    cap_add: *caps\n  b:\n    cap_add: *caps\n",
        errors: [
          { message: dangerous("a", "SYS_ADMIN", SYS_ADMIN), line: 4, column: 14, endLine: 4, endColumn: 19 },
          { message: dangerous("b", "SYS_ADMIN", SYS_ADMIN), line: 6, column: 14, endLine: 6, endColumn: 19 },
        ],
      },
      {
        code: "services:\n  web:\n    image: nginx:1.27\n  api:\n    build: .\n    cap_drop: [NET_RAW]\n",
        options: [{ requireDropAll: true }],
        errors: [
          { message: dropAll("web"), line: 2, column: 3, endLine: 2, endColumn: 6 },
          { message: dropAll("api"), line: 6, column: 5, endLine: 6, endColumn: 13 },
        ],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "compose-no-dangerous-capabilities", fence: "yaml", language: "containers/compose", filename: "compose.yaml" });
  });
});
