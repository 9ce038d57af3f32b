import { describe } from "vitest";
import rule from "../../src/rules/no-reserved-stage-names.js";
import { dockerfileRuleTester } from "../helpers/dockerfile-rule-tester.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";

const message = (name: string, meaning: string) =>
  `Stage name '${name}' is reserved: ${meaning}, so references to it never reach this stage; choose another name.`;

describe.each(ESLINT_VERSIONS)("no-reserved-stage-names on ESLint $version", ({ RuleTester, Linter }) => {
  dockerfileRuleTester(RuleTester).run("no-reserved-stage-names", rule as never, {
    valid: ["FROM alpine:3.20 AS base\n", "FROM scratch\n", "FROM alpine:3.20 AS scratch-files\n", "FROM alpine:3.20 AS build-context\n"],
    invalid: [
      {
        code: "FROM alpine:3.20 AS scratch\n",
        errors: [{ message: message("scratch", "'scratch' is the empty image"), line: 1, column: 21, endLine: 1, endColumn: 28 }],
      },
      {
        code: "FROM alpine:3.20 as Context\n",
        errors: [{ message: message("Context", "'context' is the build context"), line: 1, column: 21 }],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "no-reserved-stage-names", fence: "dockerfile", language: "containers/dockerfile", filename: "Dockerfile" });
  });
});
