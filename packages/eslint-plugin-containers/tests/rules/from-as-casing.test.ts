import { describe } from "vitest";
import rule from "../../src/rules/from-as-casing.js";
import { dockerfileRuleTester } from "../helpers/dockerfile-rule-tester.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";

const message = (as: string, from: string, expected: string) => `\`${as}\` does not match the casing of \`${from}\`; write \`${expected}\`.`;

describe.each(ESLINT_VERSIONS)("from-as-casing on ESLint $version", ({ RuleTester, Linter }) => {
  dockerfileRuleTester(RuleTester).run("from-as-casing", rule as never, {
    valid: ["FROM alpine AS build\n", "from alpine as build\n", "FROM alpine\n", "From alpine AS build\n"],
    invalid: [
      {
        code: "FROM golang:1.22 as build\nFROM scratch\n",
        output: "FROM golang:1.22 AS build\nFROM scratch\n",
        errors: [{ message: message("as", "FROM", "AS"), line: 1, column: 18, endLine: 1, endColumn: 20 }],
      },
      {
        code: "from golang AS build\n",
        output: "from golang as build\n",
        errors: [{ message: message("AS", "from", "as"), line: 1, column: 13 }],
      },
      {
        code: "FROM --platform=$BUILDPLATFORM golang \\\n    As build\n",
        output: "FROM --platform=$BUILDPLATFORM golang \\\n    AS build\n",
        errors: [{ message: message("As", "FROM", "AS"), line: 2, column: 5 }],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "from-as-casing", fence: "dockerfile", language: "containers/dockerfile", filename: "Dockerfile" });
  });
});
