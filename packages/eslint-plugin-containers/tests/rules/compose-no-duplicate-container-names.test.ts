import { describe } from "vitest";
import rule from "../../src/rules/compose-no-duplicate-container-names.js";
import { composeRuleTester } from "../helpers/compose-rule-tester.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";

const message = (name: string, other: string, line: number) =>
  `Container name "${name}" is already used by service "${other}" (line ${line}): Docker cannot create two containers with one name. Give this service another name, or drop \`container_name\`.`;

describe.each(ESLINT_VERSIONS)("compose-no-duplicate-container-names on ESLint $version", ({ RuleTester, Linter }) => {
  composeRuleTester(RuleTester).run("compose-no-duplicate-container-names", rule as never, {
    valid: [
      "services:\n  a:\n    container_name: shop-a\n  b:\n    container_name: shop-b\n  c: {}\n",
      // Names are case-sensitive; different variables may differ.
      "services:\n  a:\n    container_name: Shop\n  b:\n    container_name: shop\n  c:\n    container_name: ${A}\n  d:\n    container_name: ${B}\n",
      // Alternatives by profile.
      "services:\n  a:\n    profiles: [dev]\n    container_name: shop\n  b:\n    profiles: [prod]\n    container_name: shop\n",
      "x-a:\n  container_name: shop\nx-b:\n  container_name: shop\nservices: {}\n",
    ],
    invalid: [
      {
        code: "services:\n  web:\n    container_name: shop\n  worker:\n    container_name: 'shop'\n  cron:\n    container_name: shop\n",
        errors: [
          { message: message("shop", "web", 3), line: 5, column: 21, endLine: 5, endColumn: 27 },
          { message: message("shop", "web", 3), line: 7, column: 21, endLine: 7, endColumn: 25 },
        ],
      },
      {
        // The same variable text is the same name at run time.
        code: "services:\n  a:\n    container_name: ${NAME}\n  b:\n    container_name: ${NAME}\n",
        errors: [{ message: message("${NAME}", "a", 3), line: 5, column: 21, endLine: 5, endColumn: 28 }],
      },
      {
        // Inherited through `<<`: reported at the merge key of the second service.
        code: "x-base: &base\n  container_name: shop\nservices:\n  a:\n    <<: *base\n  b:\n    <<: *base\n",
        errors: [{ message: message("shop", "a", 5), line: 7, column: 9, endLine: 7, endColumn: 14 }],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "compose-no-duplicate-container-names", fence: "yaml", language: "containers/compose", filename: "compose.yaml" });
  });
});
