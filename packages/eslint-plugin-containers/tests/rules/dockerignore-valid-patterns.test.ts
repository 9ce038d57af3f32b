import { describe } from "vitest";
import rule from "../../src/rules/dockerignore-valid-patterns.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { dockerignoreRuleTester } from "../helpers/dockerignore-rule-tester.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";

const invalid = (pattern: string, reason: string) =>
  `Docker cannot parse the pattern \`${pattern}\`: ${reason}, so the build fails. Fix the pattern.`;
const trailing = (pattern: string, intended: string) =>
  `Docker has no end-of-line comments: this line matches a path named \`${pattern}\`, not \`${intended}\`. Put the comment on a line of its own.`;

describe.each(ESLINT_VERSIONS)("dockerignore-valid-patterns on ESLint $version", ({ RuleTester, Linter }) => {
  dockerignoreRuleTester(RuleTester).run("dockerignore-valid-patterns", rule as never, {
    valid: [
      ".git\n*.pyc\n**/__pycache__\n!README.md\n",
      "[Bb]uild/\n[^.]*.tmp\nfile?.txt\n\\[literal\\].txt\n\\#hash\n",
      // Comments and blank lines are not patterns; a `#` inside a name is fine.
      "# deps\n\n   \nissue#12.txt\n",
    ],
    invalid: [
      {
        code: ".git\nsrc/[abc\n",
        errors: [{ message: invalid("src/[abc", "the character class `[` is not closed with `]`"), line: 2, column: 1, endLine: 2, endColumn: 9 }],
      },
      {
        code: "  []a].txt  \nfoo\\\n",
        errors: [
          { message: invalid("[]a].txt", "a character class cannot have `]` here (escape it as `\\]`)"), line: 1, column: 3, endColumn: 11 },
          { message: invalid("foo\\", "the trailing `\\` escapes nothing"), line: 2, column: 1 },
        ],
      },
      {
        // A lone `!`: Docker refuses it (illegal exclusion pattern).
        code: "*\n!\n!src\n",
        errors: [{ message: invalid("!", "a lone `!` excludes nothing and Docker rejects it (illegal exclusion pattern)"), line: 2, column: 1 }],
      },
      {
        code: "node_modules # dependencies\n!  keep.txt\t# needed\r\n",
        errors: [
          { message: trailing("node_modules # dependencies", "node_modules"), line: 1, column: 1, endColumn: 28 },
          { message: trailing("keep.txt\t# needed", "!  keep.txt"), line: 2, column: 1 },
        ],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "dockerignore-valid-patterns", fence: "dockerignore", language: "containers/dockerignore", filename: ".dockerignore" });
  });
});
