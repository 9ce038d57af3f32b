import { describe } from "vitest";
import rule from "../../src/rules/compose-no-privileged.js";
import { composeRuleTester } from "../helpers/compose-rule-tester.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";

const message = (service: string) =>
  `Service "${service}" runs privileged, which gives the container every capability and access to all host devices. Grant only the capabilities it needs with \`cap_add\` instead.`;

const buildMessage = (service: string) =>
  `Service "${service}" builds privileged, which runs its build steps with every capability and access to all host devices. Remove \`build.privileged\` unless the build truly needs it.`;

describe.each(ESLINT_VERSIONS)("compose-no-privileged on ESLint $version", ({ RuleTester, Linter }) => {
  composeRuleTester(RuleTester).run("compose-no-privileged", rule as never, {
    valid: [
      "services:\n  web:\n    image: nginx:1.27\n",
      "services:\n  web:\n    privileged: false\n",
      "services:\n  web:\n    privileged: 'no'\n",
      // Unknown until run time.
      "services:\n  web:\n    privileged: ${PRIVILEGED:-false}\n",
      "services:\n  web:\n    build:\n      context: .\n      privileged: false\n",
      // Not a service key.
      "x-notes:\n  privileged: true\nservices:\n  web:\n    image: nginx:1.27\n",
    ],
    invalid: [
      {
        code: "services:\n  web:\n    image: nginx:1.27\n    privileged: true\n",
        errors: [{ message: message("web"), line: 4, column: 17, endLine: 4, endColumn: 21 }],
      },
      {
        // Compose casts the strings yes/on/true to booleans.
        code: 'services:\n  dind:\n    privileged: "yes"\n  agent:\n    privileged: On\n',
        errors: [
          { message: message("dind"), line: 3, column: 17, endLine: 3, endColumn: 22 },
          { message: message("agent"), line: 5, column: 17, endLine: 5, endColumn: 19 },
        ],
      },
      {
        // Inherited through a merge key: reported at each service's `<<` value.
        code: [
          "x-base: &base",
          "  privileged: true",
          "services:",
          "  a:",
          "    <<: *base",
          "  b:",
          "    <<: *base",
          "    privileged: false",
          "",
        ].join("\n"),
        errors: [{ message: message("a"), line: 5, column: 9, endLine: 5, endColumn: 14 }],
      },
      {
        code: "services:\n  dind:\n    build:\n      context: .\n      privileged: true\n",
        errors: [{ message: buildMessage("dind"), line: 5, column: 19, endLine: 5, endColumn: 23 }],
      },
      {
        // An alias as the value is reported where it is used.
        code: "x-yes: &yes true\nservices:\n  a:\n    privileged: *yes\n",
        errors: [{ message: message("a"), line: 4, column: 17, endLine: 4, endColumn: 21 }],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "compose-no-privileged", fence: "yaml", language: "containers/compose", filename: "compose.yaml" });
  });
});
