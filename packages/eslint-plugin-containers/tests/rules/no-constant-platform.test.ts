import { describe } from "vitest";
import rule from "../../src/rules/no-constant-platform.js";
import { dockerfileRuleTester } from "../helpers/dockerfile-rule-tester.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";

const constant = (platform: string) =>
  `\`--platform=${platform}\` pins this stage to one platform, so \`docker build --platform\` and multi-platform builds silently use it anyway; drop the flag, or use \`$BUILDPLATFORM\` for a stage that only runs build tools.`;
const redundant = (platform: string) => `\`--platform=${platform}\` is the default for every stage; remove it.`;

describe.each(ESLINT_VERSIONS)("no-constant-platform on ESLint $version", ({ RuleTester, Linter }) => {
  dockerfileRuleTester(RuleTester).run("no-constant-platform", rule as never, {
    valid: [
      "FROM alpine:3.20\n",
      "FROM --platform=$BUILDPLATFORM golang:1.23 AS build\n",
      "ARG PLATFORM=linux/amd64\nFROM --platform=${PLATFORM} alpine:3.20\n",
      // The stage name says the constant is deliberate.
      "FROM --platform=linux/arm64 alpine:3.20 AS build-arm64\n",
      // An SDK image for another OS only serves files to copy.
      "FROM --platform=darwin/arm64 crazymax/osxcross:14 AS osxcross\n",
      // The fixed output.
      "FROM alpine:3.20 AS run\nfrom alpine:3.20\n",
    ],
    invalid: [
      {
        code: "FROM --platform=linux/amd64 node:22-slim\n",
        errors: [{ message: constant("linux/amd64"), line: 1, column: 6, endLine: 1, endColumn: 28 }],
      },
      {
        code: "FROM --platform=$TARGETPLATFORM alpine:3.20 AS run\nfrom --platform=${TARGETPLATFORM}   alpine:3.20\n",
        output: "FROM alpine:3.20 AS run\nfrom alpine:3.20\n",
        errors: [
          { message: redundant("$TARGETPLATFORM"), line: 1, column: 6, endLine: 1, endColumn: 32 },
          { message: redundant("${TARGETPLATFORM}"), line: 2, column: 6 },
        ],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "no-constant-platform", fence: "dockerfile", language: "containers/dockerfile", filename: "Dockerfile" });
  });
});
