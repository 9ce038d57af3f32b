import { describe } from "vitest";
import rule from "../../src/rules/compose-depends-on-healthy.js";
import { composeRuleTester } from "../helpers/compose-rule-tester.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";

const listForm = (service: string, dependency: string) =>
  `Service "${service}" starts as soon as "${dependency}" has started, not once it is healthy, though "${dependency}" has a healthcheck. Use the map form of \`depends_on\` with \`condition: service_healthy\`.`;
const started = (service: string, dependency: string) =>
  `Service "${service}" waits only for "${dependency}" to start (no \`condition\`), though "${dependency}" has a healthcheck. Use \`condition: service_healthy\` so that it starts once "${dependency}" is ready, or write \`condition: service_started\` if that is what you want.`;
const toMapForm = "Rewrite `depends_on` in the map form, with `condition: service_healthy` for the services that have a healthcheck.";
const useHealthy = (dependency: string) => `Wait for "${dependency}" with \`condition: service_healthy\`.`;

/** A db with a healthcheck and a cache without one, after the services under test. */
const TAIL = '  db:\n    image: postgres:16\n    healthcheck:\n      test: ["CMD", "pg_isready"]\n  cache:\n    image: redis:7\n';

describe.each(ESLINT_VERSIONS)("compose-depends-on-healthy on ESLint $version", ({ RuleTester, Linter }) => {
  composeRuleTester(RuleTester).run("compose-depends-on-healthy", rule as never, {
    valid: [
      // The seed's example.
      'services:\n  api:\n    build: { context: ., target: runtime }\n    depends_on:\n      db: { condition: service_healthy }\n      redis: { condition: service_healthy }\n  db:\n    image: postgres:16-alpine\n    healthcheck:\n      test: ["CMD-SHELL", "pg_isready -U postgres"]\n  redis:\n    image: redis:7-alpine\n    healthcheck:\n      test: ["CMD", "redis-cli", "ping"]\n',
      // No healthcheck on the dependency: service_started is all there is.
      `services:\n  api:\n    image: app:1\n    depends_on: [cache]\n${TAIL}`,
      `services:\n  api:\n    image: app:1\n    depends_on:\n      cache: { condition: service_started }\n${TAIL}`,
      // A disabled healthcheck, an unknown service, a service with `extends`.
      "services:\n  api:\n    image: app:1\n    depends_on: [db, other, ext]\n  db:\n    image: postgres:16\n    healthcheck:\n      disable: true\n  ext:\n    extends: { file: base.yaml, service: ext }\n",
      // Waiting for a job to complete is a different wish.
      `services:\n  api:\n    image: app:1\n    depends_on:\n      db: { condition: service_completed_successfully }\n${TAIL}`,
      // An explicit `condition: service_started` is a decision, not an omission.
      `services:\n  api:\n    image: app:1\n    depends_on:\n      db:\n        condition: "service_started"\n        restart: true\n${TAIL}`,
      // An interpolated condition is unknown.
      `services:\n  api:\n    image: app:1\n    depends_on:\n      db: { condition: "\${DB_CONDITION}" }\n${TAIL}`,
    ],
    invalid: [
      {
        // Block list: each entry becomes a key with its condition, at the list's indentation; comments and quotes stay.
        code: `services:\n  api:\n    image: app:1\n    depends_on:\n      - db   # primary\n      - "cache"\n${TAIL}`,
        errors: [
          {
            message: listForm("api", "db"),
            line: 5,
            column: 9,
            endLine: 5,
            endColumn: 11,
            suggestions: [
              {
                desc: toMapForm,
                output: `services:\n  api:\n    image: app:1\n    depends_on:\n      db:   # primary\n        condition: service_healthy\n      "cache":\n        condition: service_started\n${TAIL}`,
              },
            ],
          },
        ],
      },
      {
        // A list at the key's own indentation is indented, or the names would become keys of the service. CRLF kept.
        code: `services:\r\n  api:\r\n    image: app:1\r\n    depends_on:\r\n    - cache\r\n    - db\r\n${TAIL.replaceAll("\n", "\r\n")}`,
        errors: [
          {
            message: listForm("api", "db"),
            line: 6,
            column: 7,
            suggestions: [
              {
                desc: toMapForm,
                output: `services:\r\n  api:\r\n    image: app:1\r\n    depends_on:\r\n      cache:\r\n        condition: service_started\r\n      db:\r\n        condition: service_healthy\r\n${TAIL.replaceAll("\n", "\r\n")}`,
              },
            ],
          },
        ],
      },
      {
        // Flow list → flow map.
        code: `services:\n  api:\n    image: app:1\n    depends_on: [db, cache]\n  web:\n    image: nginx:1.27\n    depends_on: [ 'db' ]\n${TAIL}`,
        errors: [
          {
            message: listForm("api", "db"),
            line: 4,
            column: 18,
            endLine: 4,
            endColumn: 20,
            suggestions: [
              {
                desc: toMapForm,
                output: `services:\n  api:\n    image: app:1\n    depends_on: {db: {condition: service_healthy}, cache: {condition: service_started}}\n  web:\n    image: nginx:1.27\n    depends_on: [ 'db' ]\n${TAIL}`,
              },
            ],
          },
          {
            message: listForm("web", "db"),
            line: 7,
            column: 19,
            suggestions: [
              {
                desc: toMapForm,
                output: `services:\n  api:\n    image: app:1\n    depends_on: [db, cache]\n  web:\n    image: nginx:1.27\n    depends_on: { 'db': {condition: service_healthy} }\n${TAIL}`,
              },
            ],
          },
        ],
      },
      {
        code: `services:\n  api:\n    image: app:1\n    depends_on:\n      db: {required: false}\n  web:\n    image: app:1\n    depends_on:\n      db:\n        restart: true\n${TAIL}`,
        errors: [
          {
            message: started("api", "db"),
            line: 5,
            column: 7,
            endLine: 5,
            endColumn: 9,
            suggestions: [
              {
                desc: useHealthy("db"),
                output: `services:\n  api:\n    image: app:1\n    depends_on:\n      db: {condition: service_healthy, required: false}\n  web:\n    image: app:1\n    depends_on:\n      db:\n        restart: true\n${TAIL}`,
              },
            ],
          },
          {
            message: started("web", "db"),
            line: 9,
            column: 7,
            suggestions: [
              {
                desc: useHealthy("db"),
                output: `services:\n  api:\n    image: app:1\n    depends_on:\n      db: {required: false}\n  web:\n    image: app:1\n    depends_on:\n      db:\n        condition: service_healthy\n        restart: true\n${TAIL}`,
              },
            ],
          },
        ],
      },
      {
        // The healthcheck comes from the Dockerfile the service builds.
        code: "services:\n  api:\n    image: app:1\n    depends_on: [db]\n  db:\n    build:\n      dockerfile_inline: |\n        FROM postgres:16\n        HEALTHCHECK CMD pg_isready\n",
        errors: [
          {
            message: listForm("api", "db"),
            line: 4,
            column: 18,
            suggestions: [
              {
                desc: toMapForm,
                output: "services:\n  api:\n    image: app:1\n    depends_on: {db: {condition: service_healthy}}\n  db:\n    build:\n      dockerfile_inline: |\n        FROM postgres:16\n        HEALTHCHECK CMD pg_isready\n",
              },
            ],
          },
        ],
      },
      {
        // A map entry merged in with `<<`: reported once, at the entry where it is written.
        code: `x-deps: &deps\n  db:\n    restart: true\nservices:\n  api:\n    image: app:1\n    depends_on:\n      <<: *deps\n  web:\n    image: app:1\n    depends_on:\n      <<: *deps\n${TAIL}`,
        errors: [{ message: started("api", "db"), line: 2, column: 3, endLine: 2, endColumn: 5, suggestions: [] }],
      },
      {
        // A list shared through an anchor: reported once, no rewrite of the shared list.
        code: `x-deps: &deps [db]\nservices:\n  api:\n    image: app:1\n    depends_on: *deps\n  web:\n    image: app:1\n    depends_on: *deps\n${TAIL}`,
        errors: [{ message: listForm("api", "db"), line: 1, column: 16, suggestions: [] }],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "compose-depends-on-healthy", fence: "yaml", language: "containers/compose", filename: "compose.yaml" });
  });
});
