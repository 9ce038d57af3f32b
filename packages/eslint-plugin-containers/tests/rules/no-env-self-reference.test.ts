import { describe } from "vitest";
import rule from "../../src/rules/no-env-self-reference.js";
import { dockerfileRuleTester } from "../helpers/dockerfile-rule-tester.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";

const message = (name: string) =>
  `\`$${name}\` does not see the \`${name}\` set earlier in this ENV: Docker expands every value with the variables from before the instruction; set \`${name}\` in an ENV of its own before this one.`;

describe.each(ESLINT_VERSIONS)("no-env-self-reference on ESLint $version", ({ RuleTester, Linter }) => {
  dockerfileRuleTester(RuleTester).run("no-env-self-reference", rule as never, {
    valid: [
      "FROM alpine\nENV A=1\nENV B=$A\n",
      // A variable's own previous value.
      "FROM alpine\nENV PATH=/opt/bin:$PATH\n",
      // Literal: single quotes, escaped `$`.
      "FROM alpine\nENV A=1 B='$A' C=\\$A\n",
      // A use before the pair that sets it sees the old value, as intended.
      "FROM alpine\nENV B=$A A=1\n",
    ],
    invalid: [
      {
        code: "FROM alpine\nENV APP_HOME=/app APP_BIN=$APP_HOME/bin\n",
        errors: [{ message: message("APP_HOME"), line: 2, column: 27, endLine: 2, endColumn: 36 }],
      },
      {
        code: 'FROM alpine\nENV PATH=/a:$PATH \\\n    PATH="/b:${PATH}"\nONBUILD ENV X=1 Y=${X:-2}\n',
        errors: [
          { message: message("PATH"), line: 3, column: 14, endLine: 3, endColumn: 21 },
          { message: message("X"), line: 4, column: 19 },
        ],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "no-env-self-reference", fence: "dockerfile", language: "containers/dockerfile", filename: "Dockerfile" });
  });
});
