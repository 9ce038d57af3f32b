import { describe } from "vitest";
import rule from "../../src/rules/compose-no-version.js";
import { composeRuleTester } from "../helpers/compose-rule-tester.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";

const message = "The top-level `version` key is obsolete: Compose ignores it and warns about it. Remove it.";

describe.each(ESLINT_VERSIONS)("compose-no-version on ESLint $version", ({ RuleTester, Linter }) => {
  composeRuleTester(RuleTester).run("compose-no-version", rule as never, {
    valid: [
      "services:\n  web:\n    image: nginx:1.27\n",
      // Only the top level: a service's own `version` key is not the file format version.
      "services:\n  web:\n    image: nginx:1.27\n    labels:\n      version: '2'\n",
      "name: shop\n",
      "",
    ],
    invalid: [
      {
        code: 'version: "3.8"\nservices:\n  web:\n    image: nginx:1.27\n',
        output: "services:\n  web:\n    image: nginx:1.27\n",
        errors: [{ message, line: 1, column: 1, endLine: 1, endColumn: 8 }],
      },
      {
        // Comments around it stay; the trailing comment keeps a line of its own.
        code: "# Shop stack\nversion: '3' # file format\n\n# Services\nservices: {}\n",
        output: "# Shop stack\n# file format\n\n# Services\nservices: {}\n",
        errors: [{ message, line: 2, column: 1, endLine: 2, endColumn: 8 }],
      },
      {
        // Not the first key, last line without a line break, CRLF line ends.
        code: "services: {}\r\nversion: 3",
        output: "services: {}",
        errors: [{ message, line: 2, column: 1, endLine: 2, endColumn: 8 }],
      },
      {
        // A value on the next line goes with its key.
        code: "version:\n  '2.4'\nservices: {}\n",
        output: "services: {}\n",
        errors: [{ message, line: 1, column: 1, endLine: 1, endColumn: 8 }],
      },
      {
        // The whole file is the version line.
        code: "version: '3'\n",
        output: "",
        errors: [{ message, line: 1, column: 1, endLine: 1, endColumn: 8 }],
      },
      {
        // In a flow mapping other keys share the line: report without a fix.
        code: '{version: "3", services: {}}\n',
        output: null,
        errors: [{ message, line: 1, column: 2, endLine: 1, endColumn: 9 }],
      },
      {
        // A comment inside the value would be lost: report without a fix.
        code: "version:\n  # legacy\n  '3'\nservices: {}\n",
        output: null,
        errors: [{ message, line: 1, column: 1, endLine: 1, endColumn: 8 }],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "compose-no-version", fence: "yaml", language: "containers/compose", filename: "compose.yaml" });
  });
});
