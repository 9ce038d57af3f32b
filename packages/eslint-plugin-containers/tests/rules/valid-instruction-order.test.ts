import { describe } from "vitest";
import rule from "../../src/rules/valid-instruction-order.js";
import { dockerfileRuleTester } from "../helpers/dockerfile-rule-tester.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";

const beforeFrom = (keyword: string) =>
  `\`${keyword}\` before the first \`FROM\`: only \`ARG\` (and comments and parser directives) may come before \`FROM\`; move it into a stage.`;
const badTrigger = (keyword: string) =>
  `\`ONBUILD ${keyword}\` is not allowed: Docker refuses \`ONBUILD\`, \`FROM\` and \`MAINTAINER\` as ONBUILD triggers.`;

describe.each(ESLINT_VERSIONS)("valid-instruction-order on ESLint $version", ({ RuleTester, Linter }) => {
  dockerfileRuleTester(RuleTester).run("valid-instruction-order", rule as never, {
    valid: [
      "# syntax=docker/dockerfile:1\n# a comment\nARG VERSION=3.20\nFROM alpine:${VERSION}\nONBUILD RUN make\n",
      // Unknown keywords are valid-syntax's.
      "FORM alpine\nFROM alpine\n",
    ],
    invalid: [
      {
        code: "ARG A=1\nENV B=2\nRUN true\nFROM alpine\n",
        errors: [
          { message: beforeFrom("ENV"), line: 2, column: 1, endLine: 2, endColumn: 4 },
          { message: beforeFrom("RUN"), line: 3, column: 1 },
        ],
      },
      {
        code: "FROM alpine\nONBUILD ONBUILD RUN make\nONBUILD FROM debian\nonbuild maintainer Jo\n",
        errors: [
          { message: badTrigger("ONBUILD"), line: 2, column: 9, endLine: 2, endColumn: 16 },
          { message: badTrigger("FROM"), line: 3, column: 9 },
          { message: badTrigger("MAINTAINER"), line: 4, column: 9 },
        ],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "valid-instruction-order", fence: "dockerfile", language: "containers/dockerfile", filename: "Dockerfile" });
  });
});
