import { describe } from "vitest";
import rule from "../../src/rules/compose-no-duplicate-ports.js";
import { composeRuleTester } from "../helpers/compose-rule-tester.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";

const other = (binding: string, service: string, line: number) =>
  `Host port ${binding} is already published by service "${service}" (line ${line}): the second bind fails when both start. Publish another host port.`;
const same = (binding: string, line: number) =>
  `Host port ${binding} is already published by this service (line ${line}): the second bind fails. Remove the duplicate or publish another host port.`;

const services = (...lines: string[]) => `services:\n${lines.join("\n")}\n`;

describe.each(ESLINT_VERSIONS)("compose-no-duplicate-ports on ESLint $version", ({ RuleTester, Linter }) => {
  composeRuleTester(RuleTester).run("compose-no-duplicate-ports", rule as never, {
    valid: [
      services("  a:", "    ports: ['8080:80']", "  b:", "    ports: ['8081:80']"),
      // Same port, other protocol (dclint #91).
      services("  a:", "    ports:", "      - '127.0.0.1:8388:8388/tcp'", "      - '127.0.0.1:8388:8388/udp'"),
      // IPv4 and IPv6 wildcards are bound separately (dclint #305).
      services("  a:", "    ports:", "      - '0.0.0.0:8200:8200'", "      - '[::]:8200:8200'"),
      // Two specific addresses.
      services("  a:", "    ports: ['127.0.0.1:80:80']", "  b:", "    ports: ['127.0.0.2:80:80']"),
      // Container ports only, or host port 0: Docker picks free host ports.
      services("  a:", "    ports: ['80', '0:80']", "  b:", "    ports: [80, '0:80']"),
      // A host range for one container port is a pool: Docker takes a free port from it.
      services("  a:", "    ports: ['8000-8010:80']", "  b:", "    ports: ['8000-8010:80']"),
      // Disjoint ranges.
      services("  a:", "    ports: ['8000-8004:8000-8004']", "  b:", "    ports: ['8005:80']"),
      // Unknown variables; a variable against a number.
      services("  a:", "    ports: ['${A_PORT}:80']", "  b:", "    ports: ['${B_PORT}:80']"),
      services("  a:", "    ports: ['${PORT:-8080}:80']", "  b:", "    ports: ['8080:80']"),
      services("  a:", "    ports: ['${PORTS}']", "  b:", "    ports: ['${PORTS}']"),
      // Services in profiles that share no profile are alternatives.
      services("  app:", "    profiles: [prod]", "    ports: ['80:80']", "  app-dev:", "    profiles: [dev]", "    ports: ['80:80']"),
      // The same container port on two host ports is fine; expose publishes nothing.
      services("  a:", "    ports: ['8080:80', '8081:80']", "    expose: ['80']", "  b:", "    expose: ['80']"),
      // Not a service.
      "x-ports: ['80:80', '80:80']\nservices: {}\n",
    ],
    invalid: [
      {
        code: services("  web:", "    ports:", '      - "8080:80"', "  db:", "    ports:", '      - "8080:5432"'),
        errors: [{ message: other("8080/tcp", "web", 4), line: 7, column: 9, endLine: 7, endColumn: 20 }],
      },
      {
        // Within one service, numbers and strings alike.
        code: services("  web:", "    ports:", "      - 80:80", "      - '80:8080'"),
        errors: [{ message: same("80/tcp", 4), line: 5, column: 9, endLine: 5, endColumn: 18 }],
      },
      {
        // Every interface collides with a specific address; 0.0.0.0 with every IPv4 address.
        code: services("  a:", "    ports: ['80:80', '0.0.0.0:443:443']", "  b:", "    ports: ['127.0.0.1:80:80', '10.0.0.1:443:443']"),
        errors: [
          { message: other("127.0.0.1:80/tcp", "a", 3), line: 5, column: 13, endLine: 5, endColumn: 30 },
          { message: other("10.0.0.1:443/tcp", "a", 3), line: 5, column: 32, endLine: 5, endColumn: 50 },
        ],
      },
      {
        // Ranges overlap; IPv6 addresses in two spellings.
        code: services("  a:", "    ports: ['8000-8010:8000-8010', '[::1]:9000:9000']", "  b:", "    ports: ['8005:80', '[0:0::1]:9000:90']"),
        errors: [
          { message: other("8005/tcp", "a", 3), line: 5, column: 13, endLine: 5, endColumn: 22 },
          { message: other("[0:0::1]:9000/tcp", "a", 3), line: 5, column: 24, endLine: 5, endColumn: 42 },
        ],
      },
      {
        // Long syntax against short syntax, UDP in both.
        code: services(
          "  dns:",
          "    ports: ['53:53/udp']",
          "  dns2:",
          "    ports:",
          "      - target: 53",
          "        published: 53",
          "        protocol: udp",
        ),
        errors: [{ message: other("53/udp", "dns", 3), line: 6, column: 9, endLine: 8, endColumn: 22 }],
      },
      {
        // The same variable text is the same port at run time.
        code: services("  a:", "    ports: ['${WEB_PORT:-8080}:80']", "  b:", "    ports: ['${WEB_PORT:-8080}:81']"),
        errors: [{ message: other("${WEB_PORT:-8080}/tcp", "a", 3), line: 5, column: 13, endLine: 5, endColumn: 35 }],
      },
      {
        // A list shared through an anchor, and ports inherited through `<<`, are reported where
        // the second service takes them.
        code: [
          "x-base: &base",
          "  ports: ['9000:9000']",
          "services:",
          "  a:",
          "    <<: *base",
          "  b:",
          "    ports: &p ['80:80']",
          "  c:",
          "    ports: *p",
          "  d:",
          "    <<: *base",
          "    # Own ports replace merged ones: e publishes 9001 only.",
          "  e:",
          "    <<: *base",
          "    ports: ['9001:9000']",
          "",
        ].join("\n"),
        errors: [
          { message: other("80/tcp", "b", 7), line: 9, column: 12, endLine: 9, endColumn: 14 },
          { message: other("9000/tcp", "a", 5), line: 11, column: 9, endLine: 11, endColumn: 14 },
        ],
      },
      {
        // A service without profiles starts with every profile.
        code: services("  app:", "    ports: ['80:80']", "  debug:", "    profiles: [debug]", "    ports: ['80:80']"),
        errors: [{ message: other("80/tcp", "app", 3), line: 6, column: 13, endLine: 6, endColumn: 20 }],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "compose-no-duplicate-ports", fence: "yaml", language: "containers/compose", filename: "compose.yaml" });
  });
});
