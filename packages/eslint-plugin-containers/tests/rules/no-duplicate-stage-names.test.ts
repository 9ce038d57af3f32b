import { describe } from "vitest";
import rule from "../../src/rules/no-duplicate-stage-names.js";
import { dockerfileRuleTester } from "../helpers/dockerfile-rule-tester.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";

const message = (name: string, line: number) =>
  `Stage name '${name}' is already used by the stage on line ${line} (Docker compares stage names case-insensitively); give each stage its own name.`;

describe.each(ESLINT_VERSIONS)("no-duplicate-stage-names on ESLint $version", ({ RuleTester, Linter }) => {
  dockerfileRuleTester(RuleTester).run("no-duplicate-stage-names", rule as never, {
    valid: [
      "FROM golang:1.23 AS build\nFROM alpine:3.20 AS run\n",
      "FROM golang:1.23\nFROM alpine:3.20\n",
      // A stage FROM an earlier stage of that name is a reference, not a second name.
      "FROM golang:1.23 AS build\nFROM build AS test\n",
    ],
    invalid: [
      {
        code: "FROM golang:1.23 AS build\nRUN go build\nFROM alpine:3.20 AS build\n",
        errors: [{ message: message("build", 1), line: 3, column: 21, endLine: 3, endColumn: 26 }],
      },
      {
        // Case-insensitive, as Docker; each later duplicate points at the first.
        code: "FROM golang:1.23 AS Build\nFROM alpine:3.20 AS build\nFROM alpine:3.20 AS BUILD\n",
        errors: [
          { message: message("build", 1), line: 2, column: 21 },
          { message: message("BUILD", 1), line: 3, column: 21 },
        ],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "no-duplicate-stage-names", fence: "dockerfile", language: "containers/dockerfile", filename: "Dockerfile" });
  });
});
