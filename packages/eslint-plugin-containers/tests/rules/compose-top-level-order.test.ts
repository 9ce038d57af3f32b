import { describe } from "vitest";
import rule from "../../src/rules/compose-top-level-order.js";
import { composeRuleTester } from "../helpers/compose-rule-tester.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";

const DEFAULT = "x-properties, version, name, include, services, networks, volumes, secrets, configs";
const message = (name: string, previous: string, order = DEFAULT) =>
  `Top-level key \`${name}\` should come before \`${previous}\` (order: ${order}).`;

describe.each(ESLINT_VERSIONS)("compose-top-level-order on ESLint $version", ({ RuleTester, Linter }) => {
  composeRuleTester(RuleTester).run("compose-top-level-order", rule as never, {
    valid: [
      "x-a: 1\nx-b: 2\nname: shop\nservices: {}\nnetworks: {}\nvolumes: {}\n",
      // Unknown keys go last, in any order.
      "services: {}\nzzz: 1\naaa: 2\n",
      { code: "services: {}\nname: shop\n", options: [{ order: ["services", "name"] }] },
    ],
    invalid: [
      {
        code: "services:\n  app:\n    image: nginx:1.27\nname: 'shop'\nx-beta: &b beta\nx-alpha: alpha\nnetworks:\n  default: {}\n",
        output: "x-alpha: alpha\nx-beta: &b beta\nname: 'shop'\nservices:\n  app:\n    image: nginx:1.27\nnetworks:\n  default: {}\n",
        errors: [{ message: message("name", "services"), line: 4, column: 1, endLine: 4, endColumn: 5 }],
      },
      {
        // Moving x-copy above the anchor it uses would break the alias: report without a fix.
        code: "networks: &n\n  default: {}\nx-copy: *n\n",
        output: null,
        errors: [{ message: message("x-copy", "networks"), line: 3, column: 1 }],
      },
      {
        options: [{ order: ["services", "x-properties"] }],
        code: "x-a: 1\nservices: {}\n",
        output: "services: {}\nx-a: 1\n",
        errors: [{ message: message("services", "x-a", "services, x-properties, version, name, include, networks, volumes, secrets, configs"), line: 2, column: 1 }],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "compose-top-level-order", fence: "yaml", language: "containers/compose", filename: "compose.yaml" });
  });
});
