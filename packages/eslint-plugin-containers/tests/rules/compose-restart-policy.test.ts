import { describe } from "vitest";
import rule from "../../src/rules/compose-restart-policy.js";
import { composeRuleTester } from "../helpers/compose-rule-tester.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";

const missing = (service: string) =>
  `Service "${service}" has no restart policy, so it stays down after it crashes or the Docker daemon restarts. Set \`restart: unless-stopped\` (or \`always\`, \`on-failure\`), or \`deploy.restart_policy\`.`;

describe.each(ESLINT_VERSIONS)("compose-restart-policy on ESLint $version", ({ RuleTester, Linter }) => {
  composeRuleTester(RuleTester).run("compose-restart-policy", rule as never, {
    valid: [
      "services:\n  web:\n    image: nginx:1.27\n    restart: unless-stopped\n",
      "services:\n  web:\n    image: nginx:1.27\n    restart: \"no\"\n",
      "services:\n  web:\n    image: nginx:1.27\n    deploy:\n      restart_policy:\n        condition: on-failure\n",
      // Merged in from shared defaults.
      "x-defaults: &defaults\n  restart: always\nservices:\n  web:\n    <<: *defaults\n    image: nginx:1.27\n",
      // One-shot jobs.
      "services:\n  cli:\n    image: app:1\n    profiles: [\"tools\"]\n  migrate:\n    build: .\n  api:\n    image: app:1\n    restart: always\n    depends_on:\n      migrate: { condition: service_completed_successfully }\n",
      // A build base other services build from, and services scaled to zero.
      'services:\n  base:\n    build:\n      dockerfile_inline: "FROM alpine:3.20"\n  app:\n    restart: always\n    build:\n      dockerfile_inline: "FROM base"\n      additional_contexts:\n        base: "service:base"\n  off:\n    image: app:1\n    scale: 0\n  off2:\n    image: app:1\n    deploy: { replicas: 0 }\n',
      'services:\n  base:\n    build: .\n  app:\n    restart: always\n    build:\n      context: .\n      additional_contexts: ["base=service:base"]\n',
      // Fragments of a service defined in another file (override files), and `extends`.
      "services:\n  web:\n    ports: [\"8080:80\"]\n",
      "services:\n  web:\n    extends: { file: common.yaml, service: web }\n",
      "services: {}\n",
      "name: shop\n",
    ],
    invalid: [
      {
        code: "services:\n  web:\n    image: nginx:1.27\n  worker:\n    build: ./worker\n    command: [\"celery\", \"worker\"]\n    profiles: [\"prod\"]\n  \"db\":\n    image: postgres:16\n    restart: always\n",
        errors: [
          { message: missing("web"), line: 2, column: 3, endLine: 2, endColumn: 6 },
          { message: missing("worker"), line: 4, column: 3, endLine: 4, endColumn: 9 },
        ],
      },
      {
        // `deploy` without a `restart_policy` is no policy.
        code: "services:\n  api:\n    image: app:1\n    deploy:\n      replicas: 2\n",
        errors: [{ message: missing("api"), line: 2, column: 3 }],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "compose-restart-policy", fence: "yaml", language: "containers/compose", filename: "compose.yaml" });
  });
});
