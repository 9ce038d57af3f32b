import { describe } from "vitest";
import rule from "../../src/rules/compose-bind-localhost.js";
import { composeRuleTester } from "../helpers/compose-rule-tester.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";

const message = (port: string) =>
  `Port ${port} is published on every network interface of the host. Bind it to an address (127.0.0.1 keeps it on this machine), or use \`expose\` if only other containers need it.`;
const bind = "Bind the port to 127.0.0.1 (reachable from this machine only).";

describe.each(ESLINT_VERSIONS)("compose-bind-localhost on ESLint $version", ({ RuleTester, Linter }) => {
  composeRuleTester(RuleTester).run("compose-bind-localhost", rule as never, {
    valid: [
      "services:\n  db:\n    ports: ['127.0.0.1:5432:5432', '[::1]:5432:5432', '0.0.0.0:80:80', '127.0.0.1::9000']\n",
      "services:\n  db:\n    ports:\n      - target: 5432\n        host_ip: 127.0.0.1\n",
      // A variable host IP counts as given (dclint #261); a whole-entry variable is unknown.
      "services:\n  mail:\n    ports: ['$SMTP_HOST:$SMTP_PORT:1025', '${PORTS}']\n",
      // expose publishes nothing; with the host network nothing is published.
      "services:\n  a:\n    expose: ['80']\n  b:\n    network_mode: host\n    ports: ['80:80']\n",
      "x-ports: ['80:80']\nservices: {}\n",
    ],
    invalid: [
      {
        code: "services:\n  db:\n    ports:\n      - \"5432:5432\" # db\n      - 8080:80\n      - '${PORT:-3000}:3000'\n",
        errors: [
          {
            message: message('"5432:5432"'),
            line: 4, column: 9, endLine: 4, endColumn: 20,
            suggestions: [{ desc: bind, output: "services:\n  db:\n    ports:\n      - \"127.0.0.1:5432:5432\" # db\n      - 8080:80\n      - '${PORT:-3000}:3000'\n" }],
          },
          {
            message: message("8080:80"),
            line: 5, column: 9, endLine: 5, endColumn: 16,
            suggestions: [{ desc: bind, output: "services:\n  db:\n    ports:\n      - \"5432:5432\" # db\n      - 127.0.0.1:8080:80\n      - '${PORT:-3000}:3000'\n" }],
          },
          {
            message: message("'${PORT:-3000}:3000'"),
            line: 6, column: 9, endLine: 6, endColumn: 29,
            suggestions: [{ desc: bind, output: "services:\n  db:\n    ports:\n      - \"5432:5432\" # db\n      - 8080:80\n      - '127.0.0.1:${PORT:-3000}:3000'\n" }],
          },
        ],
      },
      {
        // A container port alone is published on a free host port, on every interface.
        code: "services:\n  api:\n    ports: [3000]\n",
        errors: [
          {
            message: message("3000"),
            line: 3, column: 13, endLine: 3, endColumn: 17,
            suggestions: [{ desc: bind, output: "services:\n  api:\n    ports: [127.0.0.1::3000]\n" }],
          },
        ],
      },
      {
        // Long syntax: a host_ip line after the entry's last line, comments kept; CRLF kept.
        code: "services:\r\n  api:\r\n    ports:\r\n      - target: 8000\r\n        published: 8000 # api\r\n    image: x\r\n",
        errors: [
          {
            message: message("8000 (target 8000)"),
            line: 4, column: 9, endLine: 5, endColumn: 24,
            suggestions: [
              {
                desc: bind,
                output:
                  "services:\r\n  api:\r\n    ports:\r\n      - target: 8000\r\n        published: 8000 # api\r\n        host_ip: 127.0.0.1\r\n    image: x\r\n",
              },
            ],
          },
        ],
      },
      {
        // A flow mapping gets no suggestion; a list shared by alias is reported where it is used.
        code: "services:\n  a:\n    ports: &p\n      - {target: 80}\n  b:\n    ports: *p\n",
        errors: [
          { message: message("(any free port) (target 80)"), line: 4, column: 9, endLine: 4, endColumn: 21, suggestions: [] },
          { message: message("(any free port) (target 80)"), line: 6, column: 12, endLine: 6, endColumn: 14, suggestions: [] },
        ],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "compose-bind-localhost", fence: "yaml", language: "containers/compose", filename: "compose.yaml" });
  });
});
