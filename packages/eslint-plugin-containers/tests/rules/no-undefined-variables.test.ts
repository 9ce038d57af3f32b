import { describe } from "vitest";
import rule from "../../src/rules/no-undefined-variables.js";
import { dockerfileRuleTester } from "../helpers/dockerfile-rule-tester.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";

const undefinedVar = (name: string) =>
  `\`${name}\` is not defined here: no ARG or ENV before this instruction sets it, so Docker expands it to an empty string; declare it with \`ARG ${name}\` or \`ENV ${name}=...\` (or list it in \`knownVariables\` if the base image sets it).`;
const globalNotInStage = (name: string) =>
  `\`${name}\` is a global ARG (declared before the first FROM), which is not in scope inside a stage; add \`ARG ${name}\` to this stage before this instruction.`;
const platformNotInStage = (name: string) =>
  `\`${name}\` is a predefined platform ARG, which is only in scope inside a stage after \`ARG ${name}\`; add that line before this instruction.`;
const undeclaredInFrom = (name: string) =>
  `\`${name}\` is not declared before the first FROM: FROM can only use the ARGs declared above the first FROM and the platform ARGs; add \`ARG ${name}\` there.`;
const argInOnbuild = (name: string) =>
  `\`${name}\` is an ARG of this build, but the ONBUILD trigger runs in the build of an image FROM this one, where it is not set; use \`ENV ${name}=...\`, or \`ONBUILD ARG ${name}\` before this trigger.`;
const invalidFrom = (expanded: string, names: string) =>
  `With the default values of its ARGs, this FROM reads \`${expanded}\`, which is not a valid image reference; give ${names} a default value that makes it one.`;
const didYouMean = (name: string) => `Use \`${name}\` instead.`;

describe.each(ESLINT_VERSIONS)("no-undefined-variables on ESLint $version", ({ RuleTester, Linter }) => {
  dockerfileRuleTester(RuleTester).run("no-undefined-variables", rule as never, {
    valid: [
      "ARG VERSION=3.20\nFROM alpine:${VERSION}\nARG VERSION\nRUN echo $VERSION\nCOPY app-$VERSION.tgz /app/\n",
      "FROM --platform=$BUILDPLATFORM golang:1.22\nARG TARGETOS TARGETARCH\nENV GOOS=$TARGETOS GOARCH=${TARGETARCH}\n",
      // RUN, CMD and ENTRYPOINT are expanded by the shell at run time.
      "FROM alpine\nRUN echo $UNDEFINED\nCMD echo $OTHER\n",
      // Defaults and alternatives say what happens when the variable is unset.
      "FROM alpine\nWORKDIR ${APP_DIR:-/app}\nLABEL v=${X:+set} w=${Y-none} z=${Z:?required}\n",
      // Literal text.
      "FROM alpine\nLABEL a='$NOPE' b=\\$NOPE\n",
      // The backtick escape of Windows Dockerfiles makes `$` literal too.
      "# escape=`\nFROM scratch\nLABEL a=`$NOPE\n",
      // Heredoc bodies are content, not expanded words here.
      "FROM scratch\nCOPY <<EOF /etc/motd\n$NOPE\nEOF\n",
      // An ONBUILD above the first FROM has no image to run in (valid-instruction-order).
      "ONBUILD COPY . $X\nFROM alpine\n",
      // Proxy args, BUILDKIT_* and PATH are always there.
      "FROM alpine\nENV PATH=/opt/bin:$PATH HP=$HTTP_PROXY B=$BUILDKIT_INLINE_CACHE\n",
      // ENV and ARG of a base stage are inherited.
      "FROM alpine AS base\nENV APP=/app\nARG V=1\nFROM base\nWORKDIR $APP/$V\n",
      // A name the file never sets may come from the base image's ENV.
      "FROM mcr.microsoft.com/dotnet/aspnet:8.0\nUSER $APP_UID\n",
      // ... or from knownVariables, or be declared later: listed names are known.
      { code: "FROM alpine\nUSER $APP_UID\nWORKDIR $JAVA_HOME\n", options: [{ knownVariables: ["APP_*", "JAVA_HOME"], assumeBaseImageEnv: false }] },
      // A use of a name set in the same ENV is no-env-self-reference's.
      "FROM alpine\nENV A=1 B=$A\n",
      // Earlier pairs of the same ARG.
      "FROM alpine\nARG A=1 B=$A\n",
      // ONBUILD: the final ENV of the image and earlier ONBUILD ARG/ENV are set in the child build.
      "FROM alpine\nONBUILD ARG V\nONBUILD COPY app-$V.jar $APP/\nENV APP=/app\n",
      // FROM a global ARG whose default names an earlier stage.
      "FROM alpine AS build\nFROM build\n",
      'ARG TAG=3.20\nFROM alpine:"${TAG}"\n',
      "ARG BASE=build\nFROM alpine AS build\nFROM ${BASE}\n",
      "ARG TAG\nFROM alpine:${TAG:-3.20}\n",
      // Template placeholders (`${templateOption:x}`) are no Docker expansion.
      "FROM alpine\nARG Z=${templateOption:installZsh}\n",
      "ARG VARIANT=${templateOption:imageVariant}\nFROM mcr.microsoft.com/devcontainers/base:${VARIANT}\n",
      // A build that always passes the arg can turn the FROM check off.
      { code: "ARG BASEIMAGE\nFROM temporalio/${BASEIMAGE}\n", options: [{ checkFromDefaults: false }] },
    ],
    invalid: [
      {
        // The classic: a global ARG used in a stage without re-declaring it.
        code: "ARG VERSION=1.2\nFROM alpine\nCOPY app-${VERSION}.tgz /app/\n",
        errors: [{ message: globalNotInStage("VERSION"), line: 3, column: 10, endLine: 3, endColumn: 20, suggestions: [] }],
      },
      {
        // COPY flags are expanded too.
        code: "FROM alpine AS a\nARG APP_USER=app\nFROM alpine\nCOPY --chown=${APP_USER}:app --chmod=755 a /a\n",
        errors: [{ message: undefinedVar("APP_USER"), line: 4, column: 14, endLine: 4, endColumn: 25 }],
      },
      {
        code: "FROM golang:1.22\nENV GOARCH=$TARGETARCH\n",
        errors: [{ message: platformNotInStage("TARGETARCH"), line: 2, column: 12, endLine: 2, endColumn: 23 }],
      },
      {
        // A typo of a defined name: with did-you-mean.
        code: "FROM alpine\nARG APP_VERSION=1\nLABEL version=$APP_VERSON\n",
        errors: [
          {
            message: undefinedVar("APP_VERSON"),
            line: 3,
            column: 15,
            suggestions: [{ desc: didYouMean("APP_VERSION"), output: "FROM alpine\nARG APP_VERSION=1\nLABEL version=$APP_VERSION\n" }],
          },
        ],
      },
      {
        code: "FROM alpine:${TAG}\n",
        errors: [{ message: undeclaredInFrom("TAG"), line: 1, column: 13, endLine: 1, endColumn: 19 }],
      },
      {
        code: "ARG BASE_IMAGE=alpine\nFROM --platform=$PLATFORM ${BASE_IMAG}\n",
        errors: [
          { message: undeclaredInFrom("PLATFORM"), line: 2, column: 17, endLine: 2, endColumn: 26 },
          {
            message: undeclaredInFrom("BASE_IMAG"),
            line: 2,
            column: 27,
            suggestions: [{ desc: didYouMean("BASE_IMAGE"), output: "ARG BASE_IMAGE=alpine\nFROM --platform=$PLATFORM ${BASE_IMAGE}\n" }],
          },
        ],
      },
      {
        // A global ARG default may only use the global ARGs above it.
        code: "ARG A=$B\nARG B=1\nFROM alpine\n",
        errors: [
          {
            message: "`B` is not declared above this ARG: the default of a global ARG can only use the global ARGs declared before it and the platform ARGs.",
            line: 1,
            column: 7,
          },
        ],
      },
      {
        // Set elsewhere in the file (another stage) but not in scope here: reported even with a base image.
        code: "FROM alpine AS a\nENV APP=/app\nFROM alpine\nWORKDIR $APP\n",
        errors: [{ message: undefinedVar("APP"), line: 4, column: 9 }],
      },
      {
        // FROM scratch has no ENV of its own: every unknown name is reported.
        code: "FROM scratch\nCOPY app /usr/local/$NAME/\n",
        errors: [{ message: undefinedVar("NAME"), line: 2, column: 21 }],
      },
      {
        code: "FROM alpine\nUSER $APP_UID\n",
        options: [{ assumeBaseImageEnv: false }],
        errors: [{ message: undefinedVar("APP_UID"), line: 2, column: 6 }],
      },
      {
        // An ARG of this build is gone when the ONBUILD trigger runs in the child build.
        code: "FROM alpine\nARG DIR=/app\nONBUILD COPY . $DIR\n",
        errors: [{ message: argInOnbuild("DIR"), line: 3, column: 16 }],
      },
      {
        // InvalidDefaultArgInFrom.
        code: "ARG TAG\nARG IMAGE\nFROM alpine:${TAG}\nFROM $IMAGE\n",
        errors: [
          { message: invalidFrom("alpine:", "`TAG`"), line: 3, column: 6, endLine: 3, endColumn: 19 },
          { message: invalidFrom("", "`IMAGE`"), line: 4, column: 6 },
        ],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "no-undefined-variables", fence: "dockerfile", language: "containers/dockerfile", filename: "Dockerfile" });
  });
});
