import { describe } from "vitest";
import rule from "../../src/rules/prefer-slim-base-image.js";
import { dockerfileRuleTester } from "../helpers/dockerfile-rule-tester.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";

const slim = (image: string, slimImage: string) =>
  `The final stage ships on '${image}', a full image with compilers and tools the app does not need at run time; use '${slimImage}'.`;
const instead = (image: string, text: string) =>
  `The final stage ships on '${image}', a full image with compilers and tools the app does not need at run time; ${text}.`;

const app = "COPY . /app\n";

describe.each(ESLINT_VERSIONS)("prefer-slim-base-image on ESLint $version", ({ RuleTester, Linter }) => {
  dockerfileRuleTester(RuleTester).run("prefer-slim-base-image", rule as never, {
    valid: [
      `FROM python:3.12-slim\n${app}`,
      `FROM python:3.12-slim-bookworm\n${app}`,
      `FROM node:22-alpine\n${app}`,
      `FROM gcr.io/distroless/python3-debian12\n${app}`,
      `FROM eclipse-temurin:21-jre\n${app}`,
      // Only the final stage ships.
      `FROM golang:1.23 AS build\n${app}RUN go build -o /out/app .\nFROM gcr.io/distroless/static\nCOPY --from=build /out/app /app\n`,
      // Base images built on full images on purpose (no application files).
      "FROM buildpack-deps:bookworm\nRUN apt-get update\n",
      // An ARG without a default: the build decides.
      `ARG BASE\nFROM \${BASE}\n${app}`,
      { code: `FROM ubuntu:24.04\n${app}`, options: [{ allow: ["ubuntu:*"] }] },
    ],
    invalid: [
      {
        code: `FROM python:3.12\n${app}`,
        errors: [
          {
            message: slim("python:3.12", "python:3.12-slim"),
            line: 1,
            column: 13,
            endLine: 1,
            endColumn: 17,
            suggestions: [{ messageId: "useSlim", data: { slim: "python:3.12-slim" }, output: `FROM python:3.12-slim\n${app}` }],
          },
        ],
      },
      {
        code: `FROM python:3.12-bookworm AS run\n${app}`,
        errors: [{ message: slim("python:3.12-bookworm", "python:3.12-slim-bookworm"), suggestions: [{ messageId: "useSlim", data: { slim: "python:3.12-slim-bookworm" }, output: `FROM python:3.12-slim-bookworm AS run\n${app}` }] }],
      },
      {
        // Through a stage built on a stage; no tag means latest.
        code: `FROM node AS base\nFROM base\n${app}`,
        errors: [{ message: slim("node", "node:slim"), line: 1, column: 6, endLine: 1, endColumn: 10, suggestions: [{ messageId: "useSlim", data: { slim: "node:slim" }, output: `FROM node:slim AS base\nFROM base\n${app}` }] }],
      },
      {
        code: `FROM node:22-bookworm\n${app}`,
        errors: [{ message: slim("node:22-bookworm", "node:22-bookworm-slim"), suggestions: [{ messageId: "useSlim", data: { slim: "node:22-bookworm-slim" }, output: `FROM node:22-bookworm-slim\n${app}` }] }],
      },
      {
        // From an ARG default: reported there, no suggestion (the ARG may serve other stages).
        code: `ARG PY=3.12\nFROM python:\${PY}\n${app}`,
        errors: [{ message: slim("python:3.12", "python:3.12-slim"), line: 1, column: 8, endLine: 1, endColumn: 12, suggestions: [] }],
      },
      {
        code: `FROM ubuntu:24.04\n${app}`,
        errors: [{ message: instead("ubuntu:24.04", "ubuntu has no slim variant, so ship on debian:<release>-slim, alpine or distroless"), line: 1, column: 13 }],
      },
      {
        code: `FROM debian:bookworm\n${app}`,
        errors: [{ message: slim("debian:bookworm", "debian:bookworm-slim"), suggestions: [{ messageId: "useSlim", data: { slim: "debian:bookworm-slim" }, output: `FROM debian:bookworm-slim\n${app}` }] }],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "prefer-slim-base-image", fence: "dockerfile", language: "containers/dockerfile", filename: "Dockerfile" });
  });
});
