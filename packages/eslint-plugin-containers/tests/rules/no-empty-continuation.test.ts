import { describe } from "vitest";
import rule from "../../src/rules/no-empty-continuation.js";
import { dockerfileRuleTester } from "../helpers/dockerfile-rule-tester.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";

const message =
  "Empty line inside a continued instruction: Docker skips it and keeps reading the instruction (a future Docker will reject it); remove the line, or end the instruction before it.";

describe.each(ESLINT_VERSIONS)("no-empty-continuation on ESLint $version", ({ RuleTester, Linter }) => {
  dockerfileRuleTester(RuleTester).run("no-empty-continuation", rule as never, {
    valid: [
      "FROM alpine\nRUN apk add \\\n    curl\n\nRUN true\n",
      // A comment line inside a continuation is fine.
      "FROM alpine\nRUN apk add \\\n    # tools\n    curl\n",
      // Empty lines inside heredocs belong to the body.
      "FROM alpine\nRUN <<EOF\necho a \\\n\necho b\nEOF\n",
      "FROM alpine\nCOPY <<EOF /etc/motd\nhello \\\n\nworld\nEOF\n",
      // A stray `\` on the last instruction: the file ends, nothing follows the empty lines.
      "FROM alpine\nRUN echo a \\\n  ",
      "FROM alpine\nRUN echo a \\\n\n\n",
    ],
    invalid: [
      {
        code: "FROM alpine\nRUN apk add \\\n    curl \\\n\n    git\n",
        output: "FROM alpine\nRUN apk add \\\n    curl \\\n    git\n",
        errors: [{ message, line: 4, column: 1, endLine: 4, endColumn: 1 }],
      },
      {
        // Whitespace-only lines, after a comment line, with CRLF; the comment stays.
        code: "FROM alpine\r\nRUN apk add \\\r\n  \r\n    # tools\r\n\r\n    curl\r\n",
        output: "FROM alpine\r\nRUN apk add \\\r\n    # tools\r\n    curl\r\n",
        errors: [
          { message, line: 3, column: 1, endLine: 3, endColumn: 3 },
          { message, line: 5, column: 1 },
        ],
      },
      {
        // The empty line makes the next instruction part of this one: still only the line goes.
        code: "FROM alpine\nRUN echo a \\\n\nRUN echo b\n",
        output: "FROM alpine\nRUN echo a \\\nRUN echo b\n",
        errors: [{ message, line: 3 }],
      },
      {
        code: "# escape=`\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nRUN echo a `\n\n  b\n",
        output: "# escape=`\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nRUN echo a `\n  b\n",
        errors: [{ message, line: 4 }],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "no-empty-continuation", fence: "dockerfile", language: "containers/dockerfile", filename: "Dockerfile" });
  });
});
