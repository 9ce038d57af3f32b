import { describe } from "vitest";
import rule from "../../src/rules/no-dist-upgrade.js";
import { dockerfileRuleTester } from "../helpers/dockerfile-rule-tester.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";

const message = (command: string) =>
  `\`${command}\` may move the image to other major package versions at each build; use a newer base image (or install the packages you need) instead.`;

describe.each(ESLINT_VERSIONS)("no-dist-upgrade on ESLint $version", ({ RuleTester, Linter }) => {
  dockerfileRuleTester(RuleTester).run("no-dist-upgrade", rule as never, {
    valid: [
      "FROM debian:12\nRUN apt-get update && apt-get upgrade -y && apt-get install -y curl\n",
      "FROM opensuse/leap:15\nRUN zypper -n update && zypper -n install curl\n",
      "FROM debian:12\nRUN echo 'apt-get dist-upgrade'\n",
      "FROM debian:12\nCMD apt-get dist-upgrade -y\n",
    ],
    invalid: [
      {
        code: "FROM debian:12\nRUN apt-get update && apt-get -qq -y dist-upgrade\n",
        output: null,
        errors: [{ message: message("apt-get dist-upgrade"), line: 2, column: 23, endLine: 2, endColumn: 50 }],
      },
      {
        code: "FROM opensuse/leap:15\nRUN zypper -n dup\nRUN <<EOF\napt full-upgrade -y\nEOF\nRUN sh -c 'zypper --non-interactive dist-upgrade'\nONBUILD RUN [\"apt-get\", \"dist-upgrade\", \"-y\"]\n",
        output: null,
        errors: [
          { message: message("zypper dup"), line: 2, column: 5, endColumn: 18 },
          { message: message("apt full-upgrade"), line: 4, column: 1, endColumn: 17 },
          { message: message("zypper dist-upgrade"), line: 6, column: 12 },
          { message: message("apt-get dist-upgrade"), line: 7, column: 14 },
        ],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "no-dist-upgrade", fence: "dockerfile", language: "containers/dockerfile", filename: "Dockerfile" });
  });
});
