import { describe } from "vitest";
import rule from "../../src/rules/no-copy-whole-filesystem.js";
import { dockerfileRuleTester } from "../helpers/dockerfile-rule-tester.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";

const message = (from: string) =>
  `\`COPY --from=${from} /\` copies the whole filesystem of '${from}' (OS files, package caches, build tools) over this stage; copy only the paths the image needs.`;

describe.each(ESLINT_VERSIONS)("no-copy-whole-filesystem on ESLint $version", ({ RuleTester, Linter }) => {
  dockerfileRuleTester(RuleTester).run("no-copy-whole-filesystem", rule as never, {
    valid: [
      "FROM golang:1.23 AS build\nFROM alpine:3.20\nCOPY --from=build /out/app /usr/local/bin/app\n",
      // A rootfs assembled FROM scratch is meant to be copied whole.
      "FROM scratch AS rootfs\nCOPY app /app\nFROM alpine:3.20\nCOPY --from=rootfs / /\n",
      // Flattening a stage into FROM scratch.
      "FROM debian:12 AS full\nRUN apt-get update\nFROM scratch\nCOPY --from=full / /\n",
      // Bundles made to be copied whole (tonistiigi/xx), and a tree copied into a folder.
      "FROM tonistiigi/xx:1.5 AS xx\nFROM alpine:3.20\nCOPY --from=xx / /\n",
      "FROM gcr.io/distroless/static AS distroless\nFROM alpine:3.20\nCOPY --from=distroless / /rootfs\n",
      "FROM alpine:3.20\nCOPY / /\n",
    ],
    invalid: [
      {
        code: "FROM golang:1.23 AS build\nRUN go build -o /out/app .\nFROM alpine:3.20\nCOPY --from=build / /\n",
        errors: [{ message: message("build"), line: 4, column: 19, endLine: 4, endColumn: 20 }],
      },
      {
        // Through a stage built on a stage, and an official image named directly.
        code: "FROM node:22 AS deps\nFROM deps AS build\nFROM alpine:3.20\nCOPY --from=build /. /\nCOPY --from=ubuntu:24.04 / /\n",
        errors: [
          { message: message("build"), line: 4, column: 19 },
          { message: message("ubuntu:24.04"), line: 5, column: 26 },
        ],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "no-copy-whole-filesystem", fence: "dockerfile", language: "containers/dockerfile", filename: "Dockerfile" });
  });
});
