import { describe } from "vitest";
import rule from "../../src/rules/dockerignore-no-duplicate-patterns.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { dockerignoreRuleTester } from "../helpers/dockerignore-rule-tester.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";

const duplicate = (pattern: string, original: string, line: number) =>
  `\`${pattern}\` repeats \`${original}\` on line ${line}, which already matches the same paths; remove this line.`;

describe.each(ESLINT_VERSIONS)("dockerignore-no-duplicate-patterns on ESLint $version", ({ RuleTester, Linter }) => {
  dockerignoreRuleTester(RuleTester).run("dockerignore-no-duplicate-patterns", rule as never, {
    valid: [
      ".git\nnode_modules/\ndist\n",
      // Order matters: the third line excludes `a` again after the exception.
      "a\n!a\na\n",
      "*.md\n!README.md\n*.md\n",
      // An exception in between that may overlap (wildcards on both sides) keeps both lines.
      "*.log\n!debug-*.log\n*.log\n",
      // Different patterns, even if close.
      "dist\n**/dist\ndist/*\n",
      // Comments may repeat.
      "# build output\ndist\n# build output\n",
      // Docker matches case-sensitively.
      "Build\nbuild\n",
    ],
    invalid: [
      {
        code: ".git\nnode_modules/\n.git\n",
        output: ".git\nnode_modules/\n",
        errors: [{ message: duplicate(".git", ".git", 1), line: 3, column: 1, endLine: 3, endColumn: 5 }],
      },
      {
        // The same path written four ways; Docker cleans them all to `dist`.
        code: "dist\n/dist\n./dist/\n  dist/  \n",
        // One pass removes the lines whose edits do not touch; `--fix` repeats until none is left.
        output: "dist\n./dist/\n",
        errors: [
          { message: duplicate("/dist", "dist", 1), line: 2 },
          { message: duplicate("./dist/", "/dist", 2), line: 3 },
          { message: duplicate("dist/", "./dist/", 3), line: 4, column: 3 },
        ],
      },
      {
        // Two exceptions in a row; the last line has no line break; CRLF is kept.
        code: "*\r\n!src\r\n!./src",
        output: "*\r\n!src",
        errors: [{ message: duplicate("!./src", "!src", 2), line: 3 }],
      },
      {
        // An exception in between that cannot touch `.git` does not matter.
        code: ".git\n.env\n!.env.example\n.git/\n",
        output: ".git\n.env\n!.env.example\n",
        errors: [{ message: duplicate(".git/", ".git", 1), line: 4 }],
      },
      {
        // Same kind with other patterns of that kind between: still a repeat.
        code: "*.log\n# logs\ntmp/\n*.log\nREADME.md\n",
        output: "*.log\n# logs\ntmp/\nREADME.md\n",
        errors: [{ message: duplicate("*.log", "*.log", 1), line: 4 }],
      },
    ],
  });

  dockerignoreRuleTester(RuleTester).run("dockerignore-no-duplicate-patterns (fixed output)", rule as never, {
    valid: [".git\nnode_modules/\n", "dist\n", "*\r\n!src"],
    invalid: [],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "dockerignore-no-duplicate-patterns", fence: "dockerignore", language: "containers/dockerignore", filename: ".dockerignore" });
  });
});
