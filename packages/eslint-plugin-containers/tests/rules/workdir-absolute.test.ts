import { describe } from "vitest";
import rule from "../../src/rules/workdir-absolute.js";
import { dockerfileRuleTester } from "../helpers/dockerfile-rule-tester.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";

const message = (path: string) =>
  `\`WORKDIR ${path}\` is relative to the base image's working directory, which can change with the image; use an absolute path, or set an absolute WORKDIR before it.`;

describe.each(ESLINT_VERSIONS)("workdir-absolute on ESLint $version", ({ RuleTester, Linter }) => {
  dockerfileRuleTester(RuleTester).run("workdir-absolute", rule as never, {
    valid: [
      "FROM alpine\nWORKDIR /app\nWORKDIR src\n",
      'FROM alpine\nWORKDIR "/app"\n',
      // Variables: by their value, or unknown (HOME may well be absolute).
      "FROM alpine\nARG DIR=/srv\nWORKDIR $DIR/app\n",
      "FROM alpine\nENV BASE=/opt APP=$BASE\nENV DIR=$APP/x\nWORKDIR ${DIR}\n",
      "FROM alpine\nWORKDIR $HOME/app\n",
      // `ENV DIR=${DIR}` takes the ARG of the same name from before it.
      "FROM alpine\nARG DIR=/srv\nENV DIR=${DIR}\nWORKDIR $DIR\n",
      // Inherited from a base stage.
      "FROM alpine AS base\nWORKDIR /app\nFROM base\nWORKDIR src\n",
      // FROM scratch always starts at `/`.
      "FROM scratch\nWORKDIR app\n",
      // Windows paths.
      "FROM mcr.microsoft.com/windows/servercore:ltsc2022\nWORKDIR C:\\\\app\n",
      "# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nWORKDIR C:\\app\n",
      // ONBUILD runs in the child image, which starts with this image's final WORKDIR.
      "FROM alpine\nONBUILD WORKDIR src\nWORKDIR /app\n",
      { code: "FROM registry.example.com/base/java:21\nWORKDIR app\n", options: [{ baseImagesWithWorkdir: ["registry.example.com/base/*"] }] },
    ],
    invalid: [
      {
        code: "FROM alpine\nWORKDIR app\n",
        errors: [{ message: message("app"), line: 2, column: 9, endLine: 2, endColumn: 12 }],
      },
      {
        code: "FROM alpine\nARG DIR=app\nWORKDIR ${DIR}/src\nWORKDIR other\n",
        errors: [
          { message: message("${DIR}/src"), line: 3, column: 9 },
          { message: message("other"), line: 4, column: 9 },
        ],
      },
      {
        // An absolute WORKDIR in another (unrelated) stage does not count.
        code: "FROM alpine AS a\nWORKDIR /app\nFROM alpine\nWORKDIR src\nONBUILD WORKDIR x\n",
        errors: [
          { message: message("src"), line: 4, column: 9 },
          { message: message("x"), line: 5, column: 17 },
        ],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "workdir-absolute", fence: "dockerfile", language: "containers/dockerfile", filename: "Dockerfile" });
  });
});
