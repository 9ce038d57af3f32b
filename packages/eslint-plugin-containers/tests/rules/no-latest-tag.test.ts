import { describe } from "vitest";
import rule from "../../src/rules/no-latest-tag.js";
import { composeRuleTester } from "../helpers/compose-rule-tester.js";
import { dockerfileRuleTester } from "../helpers/dockerfile-rule-tester.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";

const missing = (image: string) =>
  `Image '${image}' has no tag, so it means ':latest' and changes under you; pin a version tag or digest.`;
const floating = (image: string, tag: string) => `Image '${image}' uses the moving tag ':${tag}'; pin a version tag or digest.`;

describe.each(ESLINT_VERSIONS)("no-latest-tag on ESLint $version", ({ RuleTester, Linter }) => {
  dockerfileRuleTester(RuleTester).run("no-latest-tag", rule as never, {
    valid: [
      "FROM python:3.12-slim\n",
      "FROM ghcr.io/org/app:1.4.2\n",
      "FROM python@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\n",
      "FROM scratch\n",
      // An earlier stage is not an image.
      "FROM golang:1.23 AS Build\nRUN go build\nFROM build\n",
      // The tag comes from a build argument.
      "ARG PY=3.12\nFROM python:${PY}-slim\n",
      "ARG BASE=python:3.12\nFROM $BASE\n",
      "FROM localhost:5000/app:2\n",
      { code: "FROM node:lts\n", options: [{ floatingTags: ["latest", "stable"] }] },
    ],
    invalid: [
      {
        code: "FROM node\n",
        errors: [{ message: missing("node"), line: 1, column: 6, endLine: 1, endColumn: 10 }],
      },
      {
        code: "FROM node:latest AS build\n",
        errors: [{ message: floating("node:latest", "latest"), line: 1, column: 6, endLine: 1, endColumn: 17 }],
      },
      {
        // A registry port is not a tag.
        code: "FROM localhost:5000/app\n",
        errors: [{ message: missing("localhost:5000/app"), line: 1, column: 6 }],
      },
      {
        // A later stage of the same name does not exempt an earlier FROM.
        code: "FROM base\nFROM alpine:3.20 AS base\n",
        errors: [{ message: missing("base"), line: 1, column: 6 }],
      },
      {
        code: "FROM --platform=$BUILDPLATFORM debian:stable\n",
        options: [{ floatingTags: ["latest", "stable"] }],
        errors: [{ message: floating("debian:stable", "stable"), line: 1, column: 32 }],
      },
    ],
  });

  composeRuleTester(RuleTester).run("no-latest-tag (compose)", rule as never, {
    valid: [
      "services:\n  db:\n    image: postgres:16-alpine\n",
      "services:\n  app:\n    image: ${APP_IMAGE}\n",
      "services:\n  app:\n    image: registry.example.com/app:${TAG:-1.0}\n",
      "services:\n  app:\n    build: .\n",
    ],
    invalid: [
      {
        code: "services:\n  cache:\n    image: redis\n  web:\n    image: 'nginx:latest'\n",
        errors: [
          { message: missing("redis"), line: 3, column: 12, endLine: 3, endColumn: 17 },
          { message: floating("nginx:latest", "latest"), line: 5, column: 12, endLine: 5, endColumn: 26 },
        ],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "no-latest-tag", fence: "dockerfile", language: "containers/dockerfile", filename: "Dockerfile" });
    testDocExamples({ Linter, ruleName: "no-latest-tag", fence: "yaml", language: "containers/compose", filename: "compose.yaml" });
  });
});
