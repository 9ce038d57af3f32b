import { describe } from "vitest";
import rule from "../../src/rules/valid-label-keys.js";
import { dockerfileRuleTester } from "../helpers/dockerfile-rule-tester.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";

describe.each(ESLINT_VERSIONS)("valid-label-keys on ESLint $version", ({ RuleTester, Linter }) => {
  dockerfileRuleTester(RuleTester).run("valid-label-keys", rule as never, {
    valid: [
      'FROM alpine\nLABEL org.opencontainers.image.source="https://x" maintainer=jo com.example.build-id=1\n',
      "FROM alpine\nLABEL ${PREFIX}.version=1\n",
    ],
    invalid: [
      {
        code: "FROM alpine\nLABEL com.docker.extension.title=x\n",
        errors: [
          {
            message: "Label key `com.docker.extension.title` is in the `com.docker` namespace, which Docker reserves for its own labels; use your own reverse-DNS prefix.",
            line: 2,
            column: 7,
            endLine: 2,
            endColumn: 33,
          },
        ],
      },
      {
        code: 'FROM alpine\nLABEL Version=1 "my_key"=2 1abc=3 abc.=4 a..b=5 a.-b=6\nONBUILD LABEL io.docker.x=1\n',
        errors: [
          { message: "Label key `Version` contains `V`; label keys use only lowercase letters, digits, `.` and `-`.", line: 2, column: 7 },
          { message: "Label key `my_key` contains `_`; label keys use only lowercase letters, digits, `.` and `-`.", line: 2, column: 17 },
          { message: "Label key `1abc` must begin and end with a lowercase letter.", line: 2, column: 28 },
          { message: "Label key `abc.` must begin and end with a lowercase letter.", line: 2, column: 35 },
          { message: "Label key `a..b` has two separators (`.` or `-`) in a row.", line: 2, column: 42 },
          { message: "Label key `a.-b` has two separators (`.` or `-`) in a row.", line: 2, column: 49 },
          {
            message: "Label key `io.docker.x` is in the `io.docker` namespace, which Docker reserves for its own labels; use your own reverse-DNS prefix.",
            line: 3,
            column: 15,
          },
        ],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "valid-label-keys", fence: "dockerfile", language: "containers/dockerfile", filename: "Dockerfile" });
  });
});
