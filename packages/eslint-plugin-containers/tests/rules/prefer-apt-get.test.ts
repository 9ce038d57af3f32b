import { describe } from "vitest";
import rule from "../../src/rules/prefer-apt-get.js";
import { dockerfileRuleTester } from "../helpers/dockerfile-rule-tester.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";

const message = "`apt` is meant for interactive use and warns that its command line may change; use `apt-get` in scripts.";
const cacheMessage = (subcommand: string) =>
  `\`apt\` is meant for interactive use and warns that its command line may change; use \`apt-cache ${subcommand}\` in scripts.`;

describe.each(ESLINT_VERSIONS)("prefer-apt-get on ESLint $version", ({ RuleTester, Linter }) => {
  dockerfileRuleTester(RuleTester).run("prefer-apt-get", rule as never, {
    valid: [
      "FROM debian:12\nRUN apt-get update && apt-get install -y curl\n",
      "FROM debian:12\nRUN apt-cache policy curl && echo apt install\n",
      "FROM debian:12\nRUN apt-mark hold curl && aptitude install -y vim\n",
      "FROM debian:12\nCMD apt list --installed\n",
      'FROM debian:12\nSHELL ["cmd", "/S", "/C"]\nRUN apt install -y curl\n',
    ],
    invalid: [
      {
        code: "FROM debian:12\nRUN apt update && apt install -y curl\n",
        output: "FROM debian:12\nRUN apt-get update && apt-get install -y curl\n",
        errors: [
          { message, line: 2, column: 5, endLine: 2, endColumn: 15 },
          { message, line: 2, column: 19, endLine: 2, endColumn: 30 },
        ],
      },
      {
        code: "FROM debian:12\nRUN sudo /usr/bin/apt install -y \\\n    # tools\n    curl\nRUN <<EOF\napt remove -y vim\nEOF\nRUN sh -c 'apt purge -y x'\nRUN [\"apt\", \"autoremove\", \"-y\"]\nONBUILD RUN apt clean\n",
        output: "FROM debian:12\nRUN sudo /usr/bin/apt-get install -y \\\n    # tools\n    curl\nRUN <<EOF\napt-get remove -y vim\nEOF\nRUN sh -c 'apt-get purge -y x'\nRUN [\"apt-get\", \"autoremove\", \"-y\"]\nONBUILD RUN apt-get clean\n",
        errors: [
          { message, line: 2, column: 10, endColumn: 30 },
          { message, line: 6, column: 1 },
          { message, line: 8, column: 12 },
          { message, line: 9, column: 6 },
          { message, line: 10, column: 13 },
        ],
      },
      {
        // `apt upgrade` and `apt full-upgrade` behave differently from apt-get's: a suggestion only.
        code: "FROM debian:12\nRUN apt upgrade -y && apt full-upgrade -y\n",
        output: null,
        errors: [
          {
            message,
            line: 2,
            column: 5,
            suggestions: [{ desc: "Use `apt-get upgrade` (it differs slightly: check the result).", output: "FROM debian:12\nRUN apt-get upgrade -y && apt full-upgrade -y\n" }],
          },
          {
            message,
            line: 2,
            column: 23,
            suggestions: [{ desc: "Use `apt-get dist-upgrade` (it differs slightly: check the result).", output: "FROM debian:12\nRUN apt upgrade -y && apt-get dist-upgrade -y\n" }],
          },
        ],
      },
      {
        // Query subcommands belong to apt-cache: reported without a fix.
        code: "FROM debian:12\nRUN apt show curl\n",
        output: null,
        errors: [{ message: cacheMessage("show"), line: 2, column: 5, endColumn: 13 }],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "prefer-apt-get", fence: "dockerfile", language: "containers/dockerfile", filename: "Dockerfile" });
  });
});
