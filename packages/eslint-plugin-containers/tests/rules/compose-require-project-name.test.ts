import { describe } from "vitest";
import rule from "../../src/rules/compose-require-project-name.js";
import { composeRuleTester } from "../helpers/compose-rule-tester.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";

const missing =
  "Set a top-level `name`: without it the project is named after the directory, so the same file run from two checkouts or renamed folders gives different container, network and volume names.";
const empty = "The top-level `name` is empty: give the project a name.";

describe.each(ESLINT_VERSIONS)("compose-require-project-name on ESLint $version", ({ RuleTester, Linter }) => {
  composeRuleTester(RuleTester).run("compose-require-project-name", rule as never, {
    valid: [
      "name: shop\nservices: {}\n",
      "services: {}\nname: ${PROJECT:-shop}\n",
      // Override files are merged into a main file that has the name.
      { code: "services:\n  web:\n    ports: ['80:80']\n", filename: "compose.override.yaml" },
      { code: "services: {}\n", filename: "deploy/docker-compose.prod.override.yml" },
      // Nothing to name.
      "",
      "{}\n",
    ],
    invalid: [
      {
        code: "# Shop\nservices:\n  web:\n    image: nginx:1.27\n",
        errors: [{ message: missing, line: 2, column: 1, endLine: 2, endColumn: 9 }],
      },
      { code: "services: {}\n", filename: "docker-compose.override-me.yml", errors: [{ message: missing, line: 1, column: 1 }] },
      { code: "name:\nservices: {}\n", errors: [{ message: empty, line: 1, column: 1, endLine: 1, endColumn: 5 }] },
      { code: "name: ''\nservices: {}\n", errors: [{ message: empty, line: 1, column: 1, endLine: 1, endColumn: 5 }] },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "compose-require-project-name", fence: "yaml", language: "containers/compose", filename: "compose.yaml" });
  });
});
