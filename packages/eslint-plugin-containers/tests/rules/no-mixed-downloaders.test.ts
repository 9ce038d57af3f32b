import { describe } from "vitest";
import rule from "../../src/rules/no-mixed-downloaders.js";
import { dockerfileRuleTester } from "../helpers/dockerfile-rule-tester.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";

const message = (first: string, line: number, second: string) =>
  `This stage already downloads with \`${first}\` (line ${line}); use \`${first}\` here too instead of \`${second}\`, so the image needs one download tool.`;

describe.each(ESLINT_VERSIONS)("no-mixed-downloaders on ESLint $version", ({ RuleTester, Linter }) => {
  dockerfileRuleTester(RuleTester).run("no-mixed-downloaders", rule as never, {
    valid: [
      "FROM debian:12\nRUN curl -fsSLO https://example.com/a && curl -fsSLO https://example.com/b\n",
      // Different stages, and installing both packages is not using them.
      "FROM debian:12 AS a\nRUN curl -fsSLO https://example.com/a\nFROM debian:12\nRUN wget -nv https://example.com/b\n",
      "FROM debian:12\nRUN apt-get install -y curl wget\nRUN wget -nv https://example.com/b\n",
      // Not in a RUN; and ONBUILD RUNs run in another build.
      "FROM debian:12\nRUN wget -nv https://example.com/b\nHEALTHCHECK CMD curl -f http://localhost/ || exit 1\n",
      "FROM debian:12\nRUN wget -nv https://example.com/b\nONBUILD RUN curl -fsSLO https://example.com/a\n",
    ],
    invalid: [
      {
        code: 'FROM debian:12\nRUN ["curl", "-fsSLO", "https://example.com/a"]\nRUN sh -c \'wget -nv https://example.com/b\'\n',
        errors: [{ message: message("curl", 2, "wget"), line: 3, column: 12 }],
      },
      {
        code: "FROM debian:12\nRUN curl -fsSLO https://example.com/a\nRUN wget -nv https://example.com/b && wget -nv https://example.com/c\n",
        errors: [{ message: message("curl", 2, "wget"), line: 3, column: 5, endLine: 3, endColumn: 9 }],
      },
      {
        // In one RUN, behind sudo, in $(...) and a heredoc; ONBUILD RUNs are checked among themselves.
        code: "FROM debian:12\nRUN <<EOF\nV=$(wget -qO- https://example.com/v)\nsudo curl -fsSLO https://example.com/$V\nEOF\nONBUILD RUN wget -q https://a && curl -fsSLO https://b\n",
        errors: [
          { message: message("wget", 3, "curl"), line: 4, column: 6 },
          { message: message("wget", 6, "curl"), line: 6, column: 34 },
        ],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "no-mixed-downloaders", fence: "dockerfile", language: "containers/dockerfile", filename: "Dockerfile" });
  });
});
