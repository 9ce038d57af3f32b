import { describe } from "vitest";
import rule from "../../src/rules/compose-sort-ports.js";
import { composeRuleTester } from "../helpers/compose-rule-tester.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";

const message = (port: string, previous: string) =>
  `Port ${port} should come before ${previous}: keep \`ports\` sorted by published port (the container port when none is published).`;
const ports = (list: string) => `services:\n  web:\n    image: nginx:1.27\n    ports:\n${list}`;

describe.each(ESLINT_VERSIONS)("compose-sort-ports on ESLint $version", ({ RuleTester, Linter }) => {
  composeRuleTester(RuleTester).run("compose-sort-ports", rule as never, {
    valid: [
      // Interpolated first (by text), then by published port as a number, not as text.
      ports('      - "${B_PORT}:80"\n      - "${PORTS}"\n      - "79"\n      - "80:80"\n      - "127.0.0.1:81:81"\n      - "1001:443"\n      - "8080:8080"\n'),
      // Same published port: container port, then protocol; the host IP does not count.
      ports('      - "53:53/tcp"\n      - "53:53/udp"\n      - "[::1]:80:80"\n      - "127.0.0.1:80:80"\n'),
      // Ranges sort at their first port; long syntax by `published`, else `target`.
      ports('      - "8000-8010:8000-8010"\n      - target: 8005\n      - published: 9000\n        target: 80\n'),
      // `expose` and lists outside services are not checked.
      "services:\n  web:\n    expose: ['9000', '80']\nx-ports: ['9000', '80']\n",
    ],
    invalid: [
      {
        code: ports('      # dashboard\n      - "8080:8080"\n      - "443:443" # tls\n      - target: 80\n        published: 80\n'),
        output: ports('      - target: 80\n        published: 80\n      - "443:443" # tls\n      # dashboard\n      - "8080:8080"\n'),
        errors: [{ message: message('"443:443"', '"8080:8080"'), line: 7, column: 9, endLine: 7, endColumn: 18 }],
      },
      {
        // dclint's example: numbers compare as numbers, interpolated entries come first.
        code: ports("      - \"${WEB_PORT}:80\"\n      - '81'\n      - \"79\"\n      - 80:80\n      - 8080:8080\n      - 1001:443\n"),
        output: ports("      - \"${WEB_PORT}:80\"\n      - \"79\"\n      - 80:80\n      - '81'\n      - 1001:443\n      - 8080:8080\n"),
        errors: [{ message: message('"79"', '"81"'), line: 7, column: 9 }],
      },
      {
        code: ports("      - published: 9000\n        target: 9000\n      - published: 8000\n        target: 8000\n"),
        output: ports("      - published: 8000\n        target: 8000\n      - published: 9000\n        target: 9000\n"),
        errors: [{ message: message("{ published: 8000, target: 8000 }", "{ published: 9000, target: 9000 }"), line: 7, column: 9 }],
      },
      {
        // Flow lists are reported without a fix; a list shared by an alias is reported once.
        code: "services:\n  a:\n    ports: &p ['9000:9000', '80:80']\n  b:\n    ports: *p\n",
        output: null,
        errors: [{ message: message('"80:80"', '"9000:9000"'), line: 3, column: 29 }],
      },
      {
        // An anchored entry and its alias are equal: the anchor stays above.
        code: ports('      - &dash "9000:9000"\n      - "80:80"\n      - *dash\n'),
        output: ports('      - "80:80"\n      - &dash "9000:9000"\n      - *dash\n'),
        errors: [{ message: message('"80:80"', '"9000:9000"'), line: 6, column: 9 }],
      },
      {
        // Moving an entry above the anchor its alias refers to would break the alias: report only.
        code: ports("      - published: 9000\n        target: &t 9000\n      - published: 80\n        target: *t\n"),
        output: null,
        errors: [{ message: message("{ published: 80, target: 9000 }", "{ published: 9000, target: 9000 }"), line: 7, column: 9 }],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "compose-sort-ports", fence: "yaml", language: "containers/compose", filename: "compose.yaml" });
  });
});
