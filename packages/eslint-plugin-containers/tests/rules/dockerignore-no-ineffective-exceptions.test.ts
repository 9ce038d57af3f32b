import { describe } from "vitest";
import rule from "../../src/rules/dockerignore-no-ineffective-exceptions.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { dockerignoreRuleTester } from "../helpers/dockerignore-rule-tester.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";

const nothing = (pattern: string, path: string) =>
  `\`${pattern}\` re-includes nothing: no pattern above it excludes \`${path}\` (Docker applies the lines in order). Remove it.`;
const below = (pattern: string, path: string, later: string, line: number) =>
  `\`${pattern}\` re-includes nothing: no pattern above it excludes \`${path}\`, and \`${later}\` on line ${line} excludes it again after it (Docker applies the lines in order, the last match wins). Move the exception below line ${line}.`;

describe.each(ESLINT_VERSIONS)("dockerignore-no-ineffective-exceptions on ESLint $version", ({ RuleTester, Linter }) => {
  dockerignoreRuleTester(RuleTester).run("dockerignore-no-ineffective-exceptions", rule as never, {
    valid: [
      "*.md\n!README.md\n",
      // Allow-list style: everything out, then what the build needs back in.
      "*\n!src\n!requirements.txt\n!src/**/*.py\n",
      // The exception re-includes a file inside an excluded folder.
      "node_modules\n!node_modules/.prisma\n",
      // A folder exception re-includes what a deeper pattern excluded.
      "src/**/*.test.js\n!src\n",
      // Wildcards on both sides: may overlap, so not reported.
      "*.log\n!debug?.log\n",
      "**/tmp\n!app/tmp/.keep\n",
      // An exception Docker cannot parse is another rule's business.
      "*.md\n![a\n",
    ],
    invalid: [
      {
        code: "# keep the docs\n!README.md\n.git\n",
        errors: [{ message: nothing("!README.md", "README.md"), line: 2, column: 1, endLine: 2, endColumn: 11 }],
      },
      {
        code: "docs/\n!src/main.py\n",
        errors: [{ message: nothing("!src/main.py", "src/main.py"), line: 2 }],
      },
      {
        // `*.md` only excludes markdown files at the root, not in docs/.
        code: "*.md\n!docs/guide.md\n",
        errors: [{ message: nothing("!docs/guide.md", "docs/guide.md"), line: 2 }],
      },
      {
        code: "!README.md\n*.md\n",
        errors: [{ message: below("!README.md", "README.md", "*.md", 2), line: 1 }],
      },
      {
        code: "a/*.txt\n!  b/keep.txt\r\n",
        errors: [{ message: nothing("!  b/keep.txt", "b/keep.txt"), line: 2, column: 1 }],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "dockerignore-no-ineffective-exceptions", fence: "dockerignore", language: "containers/dockerignore", filename: ".dockerignore" });
  });
});
