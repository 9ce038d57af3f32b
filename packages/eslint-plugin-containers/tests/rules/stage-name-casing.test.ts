import { describe } from "vitest";
import rule from "../../src/rules/stage-name-casing.js";
import { dockerfileRuleTester } from "../helpers/dockerfile-rule-tester.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";

const message = (name: string, lower: string) =>
  `Stage name '${name}' is not lowercase; Docker matches stage names case-insensitively, so mixed case only misleads readers. Name it '${lower}'.`;

const fixed = "FROM golang:1.23 AS build\nRUN go build\nFROM build AS test\nFROM alpine:3.20\nCOPY --from=build /app /app\nRUN --mount=type=bind,from=build,target=/src true\n";

describe.each(ESLINT_VERSIONS)("stage-name-casing on ESLint $version", ({ RuleTester, Linter }) => {
  dockerfileRuleTester(RuleTester).run("stage-name-casing", rule as never, {
    valid: [
      fixed,
      "FROM alpine:3.20\n",
      "FROM alpine:3.20 AS build-2\n",
      // The image name in FROM is not a stage name.
      "FROM Alpine:3.20 AS base\n",
    ],
    invalid: [
      {
        // Every reference is renamed with the stage: FROM, COPY --from, RUN --mount from=.
        code: "FROM golang:1.23 AS Build\nRUN go build\nFROM BUILD AS test\nFROM alpine:3.20\nCOPY --from=Build /app /app\nRUN --mount=type=bind,from=build,target=/src true\n",
        output: fixed,
        errors: [{ message: message("Build", "build"), line: 1, column: 21, endLine: 1, endColumn: 26 }],
      },
      {
        // An image that merely shares the name is not renamed; neither is a later stage's FROM before the stage exists.
        code: "FROM Base AS x\nFROM alpine:3.20 AS Base\nFROM Base\nCOPY --from=ghcr.io/org/Base:1 / /tmp\n",
        output: "FROM Base AS x\nFROM alpine:3.20 AS base\nFROM base\nCOPY --from=ghcr.io/org/Base:1 / /tmp\n",
        errors: [{ message: message("Base", "base"), line: 2, column: 21 }],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "stage-name-casing", fence: "dockerfile", language: "containers/dockerfile", filename: "Dockerfile" });
  });
});
