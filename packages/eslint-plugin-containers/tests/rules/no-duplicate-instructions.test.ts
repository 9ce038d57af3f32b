import { describe } from "vitest";
import rule from "../../src/rules/no-duplicate-instructions.js";
import { dockerfileRuleTester } from "../helpers/dockerfile-rule-tester.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";

const message = (keyword: string, line: number) =>
  `Only the last ${keyword} of a stage takes effect, and this one is overridden by the ${keyword} on line ${line}; remove it.`;

describe.each(ESLINT_VERSIONS)("no-duplicate-instructions on ESLint $version", ({ RuleTester, Linter }) => {
  dockerfileRuleTester(RuleTester).run("no-duplicate-instructions", rule as never, {
    valid: [
      'FROM node:22-slim\nENTRYPOINT ["node"]\nCMD ["server.js"]\nHEALTHCHECK CMD curl -f http://localhost/\n',
      // One per stage; ONBUILD CMD is a trigger, not the stage's CMD.
      'FROM node:22 AS build\nCMD ["npm", "test"]\nFROM node:22-slim\nCMD ["node", "server.js"]\n',
      'FROM node:22-slim\nONBUILD CMD ["a"]\nCMD ["b"]\n',
    ],
    invalid: [
      {
        code: 'FROM node:22-slim\nCMD ["node", "a.js"]\n# the real one\nCMD ["node", "server.js"]\n',
        errors: [
          {
            message: message("CMD", 4),
            line: 2,
            column: 1,
            endLine: 2,
            endColumn: 4,
            suggestions: [{ messageId: "remove", data: { keyword: "CMD" }, output: 'FROM node:22-slim\n# the real one\nCMD ["node", "server.js"]\n' }],
          },
        ],
      },
      {
        code: "FROM alpine:3.20\nentrypoint [\"a\"]\nHEALTHCHECK NONE\nENTRYPOINT [\"b\"]\nHEALTHCHECK CMD true\n",
        errors: [
          {
            message: message("ENTRYPOINT", 4),
            line: 2,
            suggestions: [{ messageId: "remove", data: { keyword: "ENTRYPOINT" }, output: 'FROM alpine:3.20\nHEALTHCHECK NONE\nENTRYPOINT ["b"]\nHEALTHCHECK CMD true\n' }],
          },
          {
            message: message("HEALTHCHECK", 5),
            line: 3,
            suggestions: [{ messageId: "remove", data: { keyword: "HEALTHCHECK" }, output: 'FROM alpine:3.20\nentrypoint ["a"]\nENTRYPOINT ["b"]\nHEALTHCHECK CMD true\n' }],
          },
        ],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "no-duplicate-instructions", fence: "dockerfile", language: "containers/dockerfile", filename: "Dockerfile" });
  });
});
