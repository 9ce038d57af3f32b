import { describe } from "vitest";
import rule from "../../src/rules/require-multi-stage.js";
import { dockerfileRuleTester } from "../helpers/dockerfile-rule-tester.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";

const message = (step: string) =>
  `This single-stage image runs ${step}, so the tools and files it needs at build time ship in the image; do it in a builder stage (\`FROM ... AS build\`) and COPY --from=build only the result into a slim final stage.`;

describe.each(ESLINT_VERSIONS)("require-multi-stage on ESLint $version", ({ RuleTester, Linter }) => {
  dockerfileRuleTester(RuleTester).run("require-multi-stage", rule as never, {
    valid: [
      // A tool image: only the dependency manifest comes from the context (traefik's mkdocs image).
      "FROM alpine:3.24\nCOPY requirements.txt /mkdocs/\nWORKDIR /mkdocs\nRUN apk --no-cache add py3-pip gcc musl-dev python3-dev && pip3 install -r requirements.txt\n",
      // Already multi-stage.
      "FROM golang:1.23 AS build\nCOPY . .\nRUN go build -o /app .\nFROM gcr.io/distroless/static\nCOPY --from=build /app /app\n",
      // Nothing built.
      'FROM python:3.12-slim\nCOPY app.py /app/\nCMD ["python", "/app/app.py"]\n',
      // Build dependencies installed and removed in one RUN never reach a layer.
      "FROM python:3.12-alpine\nCOPY requirements.txt .\nRUN apk add --no-cache --virtual .build-deps gcc musl-dev && pip install -r requirements.txt && apk del .build-deps\n",
      // A base or tool image that packages no application files (python itself, buildpack-deps).
      "FROM buildpack-deps:bookworm\nRUN apt-get update && apt-get install -y gcc make libssl-dev && ./configure && make\n",
      "FROM alpine:3.20\nCOPY docker-entrypoint.sh /usr/local/bin/\nRUN apk add --no-cache build-base\n",
      // Looking at a tool is not installing with it; `pip install --upgrade pip` installs no dependency.
      "FROM node:22-slim\nCOPY . .\nRUN yarn --version && pip install --upgrade pip\n",
      // ONBUILD runs in the image built FROM this one.
      "FROM node:22-slim\nCOPY . .\nONBUILD RUN npm ci\n",
    ],
    invalid: [
      {
        code: "FROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN go mod download && go build -o /app .\nCMD [\"/app\"]\n",
        errors: [{ message: message("`go build`"), line: 4, column: 24, endLine: 4, endColumn: 42 }],
      },
      {
        // A compile step is named over a dependency install; -dev packages over installs.
        code: "FROM python:3.12-slim\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nRUN apt-get update && apt-get install -y --no-install-recommends build-essential libpq-dev\nCOPY src/ ./src/\n",
        errors: [{ message: message("`apt-get install build-essential libpq-dev`"), line: 4, column: 23 }],
      },
      {
        code: "FROM node:22-slim\nCOPY package*.json ./\nRUN npm ci\nCOPY . .\nRUN npm run build\n",
        errors: [{ message: message("`npm run build`"), line: 5, column: 5 }],
      },
      {
        code: "FROM python:3.12-slim\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY app.py .\n",
        errors: [{ message: message("`pip install -r requirements.txt`"), line: 3, column: 5 }],
      },
      {
        code: "FROM maven:3.9-eclipse-temurin-21\nCOPY . .\nRUN ./mvnw -B package -DskipTests\n",
        errors: [{ message: message("`mvn package`"), line: 3, column: 5 }],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "require-multi-stage", fence: "dockerfile", language: "containers/dockerfile", filename: "Dockerfile" });
  });
});
