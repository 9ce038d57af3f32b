import { describe } from "vitest";
import rule from "../../src/rules/no-copy-all-in-final-stage.js";
import { dockerfileRuleTester } from "../helpers/dockerfile-rule-tester.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";

const message = (source: string) =>
  `The final stage copies the whole build context ('${source}'), sources and all, into the image you ship; COPY --from the builder stage only the artifacts, or name the files the image needs.`;

describe.each(ESLINT_VERSIONS)("no-copy-all-in-final-stage on ESLint $version", ({ RuleTester, Linter }) => {
  dockerfileRuleTester(RuleTester).run("no-copy-all-in-final-stage", rule as never, {
    valid: [
      // Single-stage: require-multi-stage's business.
      "FROM python:3.12-slim\nCOPY . .\n",
      "FROM golang:1.23 AS build\nCOPY . .\nFROM alpine:3.20\nCOPY --from=build /app /app\nCOPY config.yaml /etc/app/\n",
      "FROM golang:1.23 AS build\nFROM alpine:3.20\nONBUILD COPY . /app\n",
    ],
    invalid: [
      {
        code: "FROM node:22 AS build\nCOPY . .\nRUN npm ci && npm run build\nFROM node:22-slim\nCOPY --from=build /app/dist ./dist\nCOPY ./ .\n",
        errors: [{ message: message("./"), line: 6, column: 6, endLine: 6, endColumn: 8 }],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "no-copy-all-in-final-stage", fence: "dockerfile", language: "containers/dockerfile", filename: "Dockerfile" });
  });
});
