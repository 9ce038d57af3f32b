import { describe } from "vitest";
import rule from "../../src/rules/apt-no-install-recommends.js";
import { dockerfileRuleTester } from "../helpers/dockerfile-rule-tester.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";

const message = (command = "apt-get install") => `\`${command}\` also installs every recommended package; add \`--no-install-recommends\`.`;

describe.each(ESLINT_VERSIONS)("apt-no-install-recommends on ESLint $version", ({ RuleTester, Linter }) => {
  dockerfileRuleTester(RuleTester).run("apt-no-install-recommends", rule as never, {
    valid: [
      "FROM debian:12\nRUN apt-get install -y --no-install-recommends curl\n",
      "FROM debian:12\nRUN apt-get --no-install-recommends install -y curl\n",
      "FROM debian:12\nRUN apt-get -o APT::Install-Recommends=false install -y curl\n",
      "FROM debian:12\nRUN apt-get install -o APT::Install-Recommends=0 -y curl\n",
      // Configured for the stage (or a stage it is built on).
      "FROM debian:12 AS base\nRUN echo 'APT::Install-Recommends \"false\";' > /etc/apt/apt.conf.d/99norecommends\nFROM base\nRUN apt-get install -y curl\n",
      "FROM debian:12\nCOPY 99norecommends /etc/apt/apt.conf.d/\nRUN apt-get install -y curl\n",
      // No package named (repair), a simulation, another subcommand, text.
      "FROM debian:12\nRUN apt-get install -f -y\n",
      "FROM debian:12\nRUN apt-get install -s curl\n",
      "FROM debian:12\nRUN apt-get remove -y curl && echo 'apt-get install x'\n",
      // A builder stage copied from file by file.
      "FROM debian:12 AS build\nRUN apt-get install -y gcc\nFROM debian:12-slim\nCOPY --from=build /out /out\n",
      // Fixed outputs stay fixed.
      "FROM debian:12\nRUN <<EOF\napt install --no-install-recommends -y curl\nEOF\nRUN bash -c \"apt-get install --no-install-recommends -y git\"\nRUN [\"apt-get\", \"install\", \"--no-install-recommends\", \"-y\", \"vim\"]\n",
      "FROM debian:12\nRUN apt-get update && apt-get install --no-install-recommends -y \\\n    # tools\n    curl\n",
    ],
    invalid: [
      {
        code: "FROM debian:12\nRUN apt-get install -y curl\n",
        output: "FROM debian:12\nRUN apt-get install --no-install-recommends -y curl\n",
        errors: [{ message: message(), line: 2, column: 5, endLine: 2, endColumn: 20 }],
      },
      {
        // `-o` takes a value: `Dpkg::Options::=--force-confold` is not the subcommand.
        code: "FROM debian:12\nRUN apt-get -o Dpkg::Options::=--force-confold install -y curl\n",
        output: "FROM debian:12\nRUN apt-get -o Dpkg::Options::=--force-confold install --no-install-recommends -y curl\n",
        errors: [{ message: message(), line: 2, column: 5, endColumn: 55 }],
      },
      {
        code: "FROM debian:12\nRUN apt-get update && apt-get install -y \\\n    # tools\n    curl\n",
        output: "FROM debian:12\nRUN apt-get update && apt-get install --no-install-recommends -y \\\n    # tools\n    curl\n",
        errors: [{ message: message(), line: 2, column: 23 }],
      },
      {
        code: "FROM debian:12\nRUN <<EOF\napt install -y curl\nEOF\nRUN bash -c \"apt-get install -y git\"\nRUN [\"apt-get\", \"install\", \"-y\", \"vim\"]\nONBUILD RUN apt-get install -y make\n",
        output: "FROM debian:12\nRUN <<EOF\napt install --no-install-recommends -y curl\nEOF\nRUN bash -c \"apt-get install --no-install-recommends -y git\"\nRUN [\"apt-get\", \"install\", \"--no-install-recommends\", \"-y\", \"vim\"]\nONBUILD RUN apt-get install --no-install-recommends -y make\n",
        errors: [
          { message: message("apt install"), line: 3, column: 1 },
          { message: message(), line: 5, column: 14 },
          { message: message(), line: 6, column: 6 },
          { message: message(), line: 7, column: 13 },
        ],
      },
      {
        // An apt config of another stage does not count.
        code: "FROM debian:12 AS a\nRUN echo 'APT::Install-Recommends \"0\";' > /etc/apt/apt.conf.d/x\nFROM debian:12\nRUN apt-get install -y curl\n",
        output: "FROM debian:12 AS a\nRUN echo 'APT::Install-Recommends \"0\";' > /etc/apt/apt.conf.d/x\nFROM debian:12\nRUN apt-get install --no-install-recommends -y curl\n",
        errors: [{ message: message(), line: 4 }],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "apt-no-install-recommends", fence: "dockerfile", language: "containers/dockerfile", filename: "Dockerfile" });
  });
});
