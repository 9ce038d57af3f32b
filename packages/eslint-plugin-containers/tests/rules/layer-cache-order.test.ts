import { describe } from "vitest";
import rule from "../../src/rules/layer-cache-order.js";
import { dockerfileRuleTester } from "../helpers/dockerfile-rule-tester.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";

const message = (source: string, install: string, line: number, manifest: string) =>
  `COPY ${source} brings in the whole source before ${install} on line ${line}, so every source change re-runs the install; COPY ${manifest} first, run ${install}, then COPY the rest.`;

describe.each(ESLINT_VERSIONS)("layer-cache-order on ESLint $version", ({ RuleTester, Linter }) => {
  dockerfileRuleTester(RuleTester).run("layer-cache-order", rule as never, {
    valid: [
      "FROM python:3.12-slim\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY . .\n",
      "FROM node:22-slim\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .\nRUN npm run build\n",
      // Installs that need the source, or name their packages, read no manifest.
      "FROM python:3.12-slim\nCOPY . .\nRUN pip install .\nRUN npm install -g pm2\n",
      // The broad COPY is in another stage.
      "FROM node:22 AS src\nCOPY . .\nFROM node:22-slim\nCOPY package*.json ./\nRUN npm ci\n",
      // ONBUILD and the stage's own instructions are separate sequences.
      "FROM node:22-slim\nONBUILD COPY . /app\nRUN npm ci\n",
      // COPY --from is not the build context.
      "FROM node:22-slim\nCOPY --from=deps /app .\nRUN npm ci\n",
    ],
    invalid: [
      {
        code: "FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nRUN pip install --no-cache-dir -r requirements/prod.txt\n",
        errors: [{ message: message(".", "`pip install -r requirements/prod.txt`", 4, "prod.txt"), line: 3, column: 6, endLine: 3, endColumn: 7 }],
      },
      {
        code: "FROM node:22-slim\nCOPY package.json .\nCOPY src/ ./src/\nRUN npm ci && npm run build\n",
        errors: [{ message: message("src/", "`npm ci`", 4, "package*.json"), line: 3, column: 6 }],
      },
      {
        code: "FROM golang:1.23\nCOPY . .\nRUN go mod download\nRUN go build ./...\nFROM ruby:3.3-slim\nCOPY . /app\nRUN bundle install\n",
        errors: [
          { message: message(".", "`go mod download`", 3, "go.mod and go.sum"), line: 2, column: 6 },
          { message: message(".", "`bundle install`", 7, "Gemfile*"), line: 6, column: 6 },
        ],
      },
      {
        // ONBUILD triggers run in order in the child build: the same problem there.
        code: "FROM node:22-slim\nONBUILD COPY . /app\nONBUILD RUN npm install\n",
        errors: [{ message: message(".", "`npm install`", 3, "package*.json"), line: 2, column: 14 }],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "layer-cache-order", fence: "dockerfile", language: "containers/dockerfile", filename: "Dockerfile" });
  });
});
