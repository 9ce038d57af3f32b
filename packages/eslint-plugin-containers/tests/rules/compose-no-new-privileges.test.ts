import { describe } from "vitest";
import rule from "../../src/rules/compose-no-new-privileges.js";
import { composeRuleTester } from "../helpers/compose-rule-tester.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";

const missing = (service: string) =>
  `Service "${service}" lets its processes gain privileges through setuid and setcap binaries. Add \`security_opt: ["no-new-privileges:true"]\`.`;
const disabled = (service: string) =>
  `Service "${service}" turns \`no-new-privileges\` off, so its processes can gain privileges through setuid and setcap binaries. Set it to true.`;

describe.each(ESLINT_VERSIONS)("compose-no-new-privileges on ESLint $version", ({ RuleTester, Linter }) => {
  composeRuleTester(RuleTester).run("compose-no-new-privileges", rule as never, {
    valid: [
      'services:\n  web:\n    image: nginx:1.27\n    security_opt: ["no-new-privileges:true"]\n',
      "services:\n  web:\n    image: nginx:1.27\n    security_opt:\n      - apparmor:unconfined\n      - no-new-privileges\n",
      "services:\n  web:\n    image: nginx:1.27\n    security_opt: [no-new-privileges=true]\n",
      // Go's ParseBool spellings; the last option wins.
      "services:\n  web:\n    build: .\n    security_opt: [no-new-privileges=false, no-new-privileges:1]\n",
      // Unknown until run time.
      'services:\n  web:\n    image: nginx:1.27\n    security_opt: ["no-new-privileges:${NNP}"]\n',
      "services:\n  web:\n    image: nginx:1.27\n    security_opt: ${SECURITY_OPTS}\n",
      // A fragment of an override file, or a service that extends another: set where it is defined.
      "services:\n  web:\n    ports: ['8080:80']\n  api:\n    extends: {service: web}\n",
      // Through a merge key.
      "x-hardening: &hardening\n  security_opt: [no-new-privileges:true]\nservices:\n  web:\n    <<: *hardening\n    image: nginx:1.27\n",
    ],
    invalid: [
      {
        code: "services:\n  web:\n    image: nginx:1.27\n",
        errors: [{ message: missing("web"), line: 2, column: 3, endLine: 2, endColumn: 6 }],
      },
      {
        // Other options only: reported at `security_opt`.
        code: "services:\n  web:\n    image: nginx:1.27\n    security_opt:\n      - label:disable\n",
        errors: [{ message: missing("web"), line: 4, column: 5, endLine: 4, endColumn: 17 }],
      },
      {
        code: "services:\n  web:\n    image: nginx:1.27\n    security_opt:\n      - no-new-privileges:false\n  api:\n    build: .\n    security_opt: [no-new-privileges=true, no-new-privileges=False]\n",
        errors: [
          { message: disabled("web"), line: 5, column: 9, endLine: 5, endColumn: 32 },
          { message: disabled("api"), line: 8, column: 44, endLine: 8, endColumn: 67 },
        ],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "compose-no-new-privileges", fence: "yaml", language: "containers/compose", filename: "compose.yaml" });
  });
});
