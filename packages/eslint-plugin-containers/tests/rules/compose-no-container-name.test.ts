import { describe } from "vitest";
import rule from "../../src/rules/compose-no-container-name.js";
import { composeRuleTester } from "../helpers/compose-rule-tester.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";

const message = (service: string) =>
  `Service "${service}" sets \`container_name\`: the service cannot be scaled past one container and two copies of the project cannot run side by side. Remove it and reach the service by its name.`;

describe.each(ESLINT_VERSIONS)("compose-no-container-name on ESLint $version", ({ RuleTester, Linter }) => {
  composeRuleTester(RuleTester).run("compose-no-container-name", rule as never, {
    valid: [
      "services:\n  web:\n    image: nginx:1.27\n    hostname: web\n",
      // Only services: a label or an extension field of that name is not the key.
      "x-container_name: shop\nservices:\n  web:\n    labels:\n      container_name: shop\n",
    ],
    invalid: [
      {
        code: "services:\n  db:\n    image: postgres:16\n    container_name: shop-db\n  web: {container_name: shop-web}\n",
        errors: [
          { message: message("db"), line: 4, column: 5, endLine: 4, endColumn: 19 },
          { message: message("web"), line: 5, column: 9, endLine: 5, endColumn: 23 },
        ],
      },
      {
        code: "x-base: &base\n  container_name: shop\nservices:\n  a:\n    <<: *base\n",
        errors: [{ message: message("a"), line: 5, column: 9, endLine: 5, endColumn: 14 }],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "compose-no-container-name", fence: "yaml", language: "containers/compose", filename: "compose.yaml" });
  });
});
