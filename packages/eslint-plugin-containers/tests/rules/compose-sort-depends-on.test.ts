import { describe } from "vitest";
import rule from "../../src/rules/compose-sort-depends-on.js";
import { composeRuleTester } from "../helpers/compose-rule-tester.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";

const message = (name: string, previous: string) =>
  `Dependency "${name}" should come before "${previous}": keep \`depends_on\` in alphabetical order.`;

describe.each(ESLINT_VERSIONS)("compose-sort-depends-on on ESLint $version", ({ RuleTester, Linter }) => {
  composeRuleTester(RuleTester).run("compose-sort-depends-on", rule as never, {
    valid: [
      "services:\n  web:\n    depends_on: [db, redis]\n  api:\n    depends_on:\n      db: {condition: service_healthy}\n      redis: {condition: service_started}\n",
      "x-deps: [b, a]\nservices: {}\n",
    ],
    invalid: [
      {
        code: "services:\n  web:\n    depends_on:\n      # cache\n      - redis\n      - db # main\n",
        output: "services:\n  web:\n    depends_on:\n      - db # main\n      # cache\n      - redis\n",
        errors: [{ message: message("db", "redis"), line: 6, column: 9, endLine: 6, endColumn: 11 }],
      },
      {
        code: "services:\n  api:\n    depends_on:\n      redis:\n        condition: service_started\n      db:\n        condition: service_healthy\n        restart: true\n",
        output: "services:\n  api:\n    depends_on:\n      db:\n        condition: service_healthy\n        restart: true\n      redis:\n        condition: service_started\n",
        errors: [{ message: message("db", "redis"), line: 6, column: 7, endLine: 6, endColumn: 9 }],
      },
      {
        // Flow style is reported without a fix; a shared list is reported once, where written.
        code: "services:\n  a:\n    depends_on: &d [b, a]\n  c:\n    depends_on: *d\n",
        output: null,
        errors: [{ message: message("a", "b"), line: 3, column: 24 }],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "compose-sort-depends-on", fence: "yaml", language: "containers/compose", filename: "compose.yaml" });
  });
});
