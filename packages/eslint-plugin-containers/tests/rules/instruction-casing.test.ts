import { describe } from "vitest";
import rule from "../../src/rules/instruction-casing.js";
import { dockerfileRuleTester } from "../helpers/dockerfile-rule-tester.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";

const upper = (raw: string, expected: string) => `Instruction keyword \`${raw}\` is not uppercase; write \`${expected}\`.`;
const consistent = (raw: string, expected: string, casing: string) =>
  `Instruction keyword \`${raw}\` does not match the ${casing} casing of most instructions in this file; write \`${expected}\`.`;

describe.each(ESLINT_VERSIONS)("instruction-casing on ESLint $version", ({ RuleTester, Linter }) => {
  dockerfileRuleTester(RuleTester).run("instruction-casing", rule as never, {
    valid: [
      "FROM alpine AS build\nRUN echo hi\nONBUILD RUN make\n",
      // `as`, HEALTHCHECK's CMD and unknown keywords are other rules' business.
      "FROM alpine as build\nHEALTHCHECK cmd true\nCOPPY a b\ncoppy a b\n",
      { code: "from alpine\nrun echo hi\nonbuild run make\n", options: ["consistent"] },
      { code: "FROM alpine\nRUN echo hi\n", options: ["consistent"] },
    ],
    invalid: [
      {
        code: "from alpine\nRun echo hi\n",
        output: "FROM alpine\nRUN echo hi\n",
        errors: [
          { message: upper("from", "FROM"), line: 1, column: 1, endLine: 1, endColumn: 5 },
          { message: upper("Run", "RUN"), line: 2, column: 1, endLine: 2, endColumn: 4 },
        ],
      },
      {
        // The trigger of an ONBUILD is checked at its own keyword; CRLF kept.
        code: "FROM alpine\r\nONBUILD copy . /app\r\n",
        output: "FROM alpine\r\nONBUILD COPY . /app\r\n",
        errors: [{ message: upper("copy", "COPY"), line: 2, column: 9 }],
      },
      {
        // Majority lowercase: the uppercase and mixed ones follow it.
        code: "from alpine\nrun a\nRUN b\nEnv A=1\n",
        output: "from alpine\nrun a\nrun b\nenv A=1\n",
        options: ["consistent"],
        errors: [
          { message: consistent("RUN", "run", "lowercase"), line: 3, column: 1 },
          { message: consistent("Env", "env", "lowercase"), line: 4, column: 1 },
        ],
      },
      {
        // A tie is uppercase.
        code: "FROM alpine\nrun a\n",
        output: "FROM alpine\nRUN a\n",
        options: ["consistent"],
        errors: [{ message: consistent("run", "RUN", "uppercase"), line: 2, column: 1 }],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "instruction-casing", fence: "dockerfile", language: "containers/dockerfile", filename: "Dockerfile" });
  });
});
