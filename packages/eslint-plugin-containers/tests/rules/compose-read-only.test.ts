import { describe } from "vitest";
import rule from "../../src/rules/compose-read-only.js";
import { composeRuleTester } from "../helpers/compose-rule-tester.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";

const missing = (service: string) =>
  `Service "${service}" has a writable root filesystem, so an attacker can change its programs and drop files. Add \`read_only: true\`, with \`tmpfs\` or volumes for the paths it writes.`;
const disabled = (service: string) =>
  `Service "${service}" sets \`read_only: false\`, so an attacker can change its programs and drop files. Set it to true, with \`tmpfs\` or volumes for the paths it writes.`;

describe.each(ESLINT_VERSIONS)("compose-read-only on ESLint $version", ({ RuleTester, Linter }) => {
  composeRuleTester(RuleTester).run("compose-read-only", rule as never, {
    valid: [
      "services:\n  web:\n    image: nginx:1.27\n    read_only: true\n",
      // Compose casts these strings to true.
      "services:\n  web:\n    build: .\n    read_only: 'yes'\n",
      // Unknown until run time.
      "services:\n  web:\n    image: nginx:1.27\n    read_only: ${READ_ONLY:-true}\n",
      // A fragment of an override file, or a service that extends another: set where it is defined.
      "services:\n  web:\n    ports: ['8080:80']\n  api:\n    extends:\n      service: web\n",
      "x-hardening: &hardening\n  read_only: true\nservices:\n  web:\n    <<: *hardening\n    image: nginx:1.27\n",
    ],
    invalid: [
      {
        code: "services:\n  web:\n    image: nginx:1.27\n  api:\n    build: ./api\n",
        errors: [
          { message: missing("web"), line: 2, column: 3, endLine: 2, endColumn: 6 },
          { message: missing("api"), line: 4, column: 3, endLine: 4, endColumn: 6 },
        ],
      },
      {
        code: "services:\n  web:\n    image: nginx:1.27\n    read_only: false\n",
        errors: [{ message: disabled("web"), line: 4, column: 16, endLine: 4, endColumn: 21 }],
      },
      {
        code: "x-base: &base\n  read_only: off\nservices:\n  web:\n    <<: *base\n    image: nginx:1.27\n",
        errors: [{ message: disabled("web"), line: 5, column: 9, endLine: 5, endColumn: 14 }],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "compose-read-only", fence: "yaml", language: "containers/compose", filename: "compose.yaml" });
  });
});
