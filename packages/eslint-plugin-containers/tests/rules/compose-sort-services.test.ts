import { describe } from "vitest";
import rule from "../../src/rules/compose-sort-services.js";
import { composeRuleTester } from "../helpers/compose-rule-tester.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";

const message = (name: string, previous: string) =>
  `Service "${name}" should come before "${previous}": keep services in alphabetical order.`;

describe.each(ESLINT_VERSIONS)("compose-sort-services on ESLint $version", ({ RuleTester, Linter }) => {
  composeRuleTester(RuleTester).run("compose-sort-services", rule as never, {
    valid: ["services:\n  api: {}\n  db: {}\n  web: {}\n", "services: {}\n", "name: x\n"],
    invalid: [
      {
        code: "services:\n  # front\n  web:\n    image: nginx # n\n    # todo\n\n  db:\n    image: postgres\n",
        output: "services:\n  db:\n    image: postgres\n\n  # front\n  web:\n    image: nginx # n\n    # todo\n",
        errors: [{ message: message("db", "web"), line: 7, column: 3, endLine: 7, endColumn: 5 }],
      },
      {
        // Flow style: report without a fix.
        code: "services: {web: {}, api: {}}\n",
        output: null,
        errors: [{ message: message("api", "web"), line: 1, column: 21 }],
      },
      {
        // An alias that would move above its anchor: report without a fix.
        code: "services:\n  web: &w\n    image: x\n  api: *w\n",
        output: null,
        errors: [{ message: message("api", "web"), line: 4, column: 3 }],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "compose-sort-services", fence: "yaml", language: "containers/compose", filename: "compose.yaml" });
  });
});
