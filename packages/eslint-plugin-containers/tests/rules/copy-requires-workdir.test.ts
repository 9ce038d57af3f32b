import { describe } from "vitest";
import rule from "../../src/rules/copy-requires-workdir.js";
import { dockerfileRuleTester } from "../helpers/dockerfile-rule-tester.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";

const message = (keyword: string, path: string) =>
  `\`${keyword}\` to the relative destination \`${path}\` with no WORKDIR set in this stage: it lands in the base image's working directory, which can change with the image; set \`WORKDIR\` first or use an absolute destination.`;

describe.each(ESLINT_VERSIONS)("copy-requires-workdir on ESLint $version", ({ RuleTester, Linter }) => {
  dockerfileRuleTester(RuleTester).run("copy-requires-workdir", rule as never, {
    valid: [
      "FROM node:20\nWORKDIR /app\nCOPY . .\n",
      "FROM node:20\nCOPY . /app/\n",
      'FROM node:20\nCOPY ["a", "/app/"]\n',
      "FROM node:20\nARG DEST=/app\nCOPY . $DEST\n",
      // Unknown variable: may be absolute.
      "FROM node:20\nCOPY . $APP_HOME\n",
      "FROM node:20 AS base\nWORKDIR /app\nFROM base\nCOPY . .\n",
      "FROM scratch\nCOPY --from=build /out .\n",
      "FROM mcr.microsoft.com/windows/servercore:ltsc2022\nCOPY app.exe C:\\\\app\\\\\n",
      // ONBUILD runs in the child image, which starts with this image's final WORKDIR.
      "FROM node:20\nONBUILD COPY . .\nWORKDIR /app\n",
      // A base image the user says sets its own WORKDIR, through a stage chain and ARG defaults.
      { code: "ARG GO=1.22\nFROM golang:${GO} AS base\nFROM base\nCOPY . .\n", options: [{ baseImagesWithWorkdir: ["golang:*"] }] },
    ],
    invalid: [
      {
        code: "FROM node:20\nCOPY . .\n",
        options: [{ baseImagesWithWorkdir: ["golang:*"] }],
        errors: [{ message: message("COPY", "."), line: 2, column: 8, endLine: 2, endColumn: 9 }],
      },
      {
        code: "FROM node:20\nADD https://example.com/a.tgz vendor/\nCOPY [\"a b\", \"c\"]\n",
        errors: [
          { message: message("ADD", "vendor/"), line: 2, column: 31 },
          { message: message("COPY", "c"), line: 3, column: 14 },
        ],
      },
      {
        code: "FROM node:20 AS a\nWORKDIR /app\nFROM node:20\nONBUILD COPY . .\n",
        errors: [{ message: message("COPY", "."), line: 4, column: 16 }],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "copy-requires-workdir", fence: "dockerfile", language: "containers/dockerfile", filename: "Dockerfile" });
  });
});
