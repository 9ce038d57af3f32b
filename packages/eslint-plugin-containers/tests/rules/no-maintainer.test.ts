import { describe } from "vitest";
import rule from "../../src/rules/no-maintainer.js";
import { dockerfileRuleTester } from "../helpers/dockerfile-rule-tester.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";

const message = "`MAINTAINER` is deprecated; use `LABEL org.opencontainers.image.authors=...` to record the author.";

describe.each(ESLINT_VERSIONS)("no-maintainer on ESLint $version", ({ RuleTester, Linter }) => {
  dockerfileRuleTester(RuleTester).run("no-maintainer", rule as never, {
    valid: [
      'FROM alpine\nLABEL org.opencontainers.image.authors="Jo Doe <jo@example.com>"\n',
      'FROM alpine\nLABEL org.opencontainers.image.authors="\\"Jo\\" a\\\\b \\$X"\n',
      "FROM alpine\n# MAINTAINER in a comment\n",
    ],
    invalid: [
      {
        code: "FROM alpine\nMAINTAINER Jo Doe <jo@example.com>\nRUN true\n",
        output: 'FROM alpine\nLABEL org.opencontainers.image.authors="Jo Doe <jo@example.com>"\nRUN true\n',
        errors: [{ message, line: 2, column: 1, endLine: 2, endColumn: 11 }],
      },
      {
        // Quotes, backslashes and `$` keep their text: LABEL would unquote and expand them.
        code: 'FROM alpine\nmaintainer "Jo" a\\b $X\n',
        output: 'FROM alpine\nlabel org.opencontainers.image.authors="\\"Jo\\" a\\\\b \\$X"\n',
        errors: [{ message, line: 2, column: 1 }],
      },
      {
        // One plain quoted string is kept as it is.
        code: 'FROM alpine\nMAINTAINER "Jo Doe"\n',
        output: 'FROM alpine\nLABEL org.opencontainers.image.authors="Jo Doe"\n',
        errors: [{ message, line: 2 }],
      },
      {
        // With the backtick escape, the backtick escapes and `\\` is plain.
        code: "# escape=`\nFROM alpine\nMAINTAINER C:\\x `y` z\n",
        output: '# escape=`\nFROM alpine\nLABEL org.opencontainers.image.authors="C:\\x ``y`` z"\n',
        errors: [{ message, line: 3 }],
      },
      {
        code: "FROM alpine\nONBUILD MAINTAINER Jo\n",
        output: 'FROM alpine\nONBUILD LABEL org.opencontainers.image.authors="Jo"\n',
        errors: [{ message, line: 2, column: 9 }],
      },
      {
        // No author: nothing to move, no fix.
        code: "FROM alpine\nMAINTAINER\n",
        output: null,
        errors: [{ message, line: 2 }],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "no-maintainer", fence: "dockerfile", language: "containers/dockerfile", filename: "Dockerfile" });
  });
});
