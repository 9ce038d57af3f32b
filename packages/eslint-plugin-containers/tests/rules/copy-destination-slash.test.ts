import { describe } from "vitest";
import rule from "../../src/rules/copy-destination-slash.js";
import { dockerfileRuleTester } from "../helpers/dockerfile-rule-tester.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";

const message = (keyword: string, count: number, path: string) =>
  `\`${keyword}\` with ${count} sources needs a directory destination: Docker fails unless it ends with \`/\`; write \`${path}/\`.`;

describe.each(ESLINT_VERSIONS)("copy-destination-slash on ESLint $version", ({ RuleTester, Linter }) => {
  dockerfileRuleTester(RuleTester).run("copy-destination-slash", rule as never, {
    valid: [
      "FROM alpine\nCOPY a b /app/\n",
      "FROM alpine\nCOPY a /app\n",
      'FROM alpine\nCOPY ["a", "b", "/app/"]\n',
      "FROM alpine\nARG DEST=/app/\nCOPY a b $DEST\n",
      // A destination ending in an unknown variable may end with a slash.
      "FROM alpine\nCOPY a b ${DEST}\n",
      "# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nCOPY a b C:\\app\\\n",
    ],
    invalid: [
      {
        code: "FROM alpine\nCOPY package.json package-lock.json /app\n",
        output: "FROM alpine\nCOPY package.json package-lock.json /app/\n",
        errors: [{ message: message("COPY", 2, "/app"), line: 2, column: 37, endLine: 2, endColumn: 41 }],
      },
      {
        code: 'FROM alpine\nCOPY ["a", "b", "/app"]\nADD --chown=app a \\\n    b "/srv"\n',
        output: 'FROM alpine\nCOPY ["a", "b", "/app/"]\nADD --chown=app a \\\n    b "/srv/"\n',
        errors: [
          { message: message("COPY", 2, "/app"), line: 2, column: 17 },
          { message: message("ADD", 2, "/srv"), line: 4, column: 7 },
        ],
      },
      {
        code: "FROM alpine\nARG DEST=/app\nONBUILD COPY a b $DEST\n",
        output: "FROM alpine\nARG DEST=/app\nONBUILD COPY a b $DEST/\n",
        errors: [{ message: message("COPY", 2, "$DEST"), line: 3, column: 18 }],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "copy-destination-slash", fence: "dockerfile", language: "containers/dockerfile", filename: "Dockerfile" });
  });
});
