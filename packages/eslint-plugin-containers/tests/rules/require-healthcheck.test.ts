import { afterAll, beforeAll, describe, expect, it } from "vitest";
import rule from "../../src/rules/require-healthcheck.js";
import { composeRuleTester } from "../helpers/compose-rule-tester.js";
import { dockerfileRuleTester } from "../helpers/dockerfile-rule-tester.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";
import { createTempProject, type TempProject } from "../helpers/temp-project.js";

const dockerfileAlways =
  "The final stage has no HEALTHCHECK, so Docker cannot tell a hung container from a working one. Add `HEALTHCHECK CMD <probe>`, or `HEALTHCHECK NONE` to state that the image has none.";
const dockerfile =
  "The final stage runs a service but has no HEALTHCHECK, so Docker cannot tell a hung container from a working one. Add `HEALTHCHECK CMD <probe>`, or `HEALTHCHECK NONE` to state that the image has none.";
const absent = (service: string, dependency: string) =>
  `Service "${service}" waits for "${dependency}" to be healthy, but "${dependency}" has no \`healthcheck\`, so \`docker compose up\` fails unless its image defines one. Add a \`healthcheck\` to "${dependency}".`;
const disabled = (service: string, dependency: string) =>
  `Service "${service}" waits for "${dependency}" to be healthy, but the healthcheck of "${dependency}" is disabled, so \`docker compose up\` fails. Enable its healthcheck, or wait with \`condition: service_started\`.`;
const longRunning = (service: string) =>
  `Service "${service}" keeps running but has no \`healthcheck\`, so Compose cannot tell a hung container from a working one. Add a \`healthcheck\`, or \`healthcheck: {disable: true}\` to state that it has none.`;

const strict = [{ longRunning: true }];

describe.each(ESLINT_VERSIONS)("require-healthcheck on ESLint $version", ({ RuleTester, Linter, ESLint }) => {
  dockerfileRuleTester(RuleTester).run("require-healthcheck", rule as never, {
    valid: [
      'FROM nginx:1.27\nHEALTHCHECK CMD ["curl", "-f", "http://localhost/"]\n',
      // HEALTHCHECK NONE is a decision.
      "FROM nginx:1.27\nHEALTHCHECK NONE\n",
      // Inherited from an earlier stage, through several stages, names in any case.
      "FROM nginx:1.27 AS Base\nHEALTHCHECK CMD curl -f http://localhost/ || exit 1\nFROM base AS mid\nRUN true\nFROM mid\nCOPY . /srv\n",
      "FROM alpine:3.20 AS base\nHEALTHCHECK NONE\nFROM base\n",
      // A HEALTHCHECK in any position of the final stage.
      "FROM python:3.12-slim\nHEALTHCHECK --interval=30s CMD python -c 'import sys'\nCMD [\"python\", \"app.py\"]\n",
      // An artifact export: scratch with nothing to run.
      "FROM golang:1.23 AS build\nRUN go build -o /out/app\nFROM scratch\nCOPY --from=build /out/app /app\n",
      // Nothing to check.
      "# just a comment\n",
      "ARG VERSION=1\n",
      // Not a long-running service: CLI tools, base images, build images, one-shot jobs.
      'FROM alpine:3.20\nRUN apk add ffmpeg\nENTRYPOINT ["ffmpeg"]\n',
      'FROM alpine:3.20\nCOPY tool /usr/bin/tool\nENTRYPOINT ["tool"]\nCMD ["--help"]\n',
      'FROM debian:12\nRUN apt-get update && apt-get install -y python3\nCMD ["python3"]\n',
      "FROM node:22\nRUN npm i -g pnpm\n",
      'FROM python:3.12-slim\nCOPY migrate.py /\nCMD ["python", "/migrate.py"]\n',
      // Test fixtures and dev containers are not deployed.
      { code: "FROM nginx:1.27\nCOPY site /usr/share/nginx/html\n", filename: "e2e/fixtures/web/Dockerfile" },
      { code: 'FROM node:22\nEXPOSE 3000\nCMD ["npm", "start"]\n', filename: ".devcontainer/Dockerfile" },
    ],
    invalid: [
      {
        code: "FROM nginx:1.27\nCOPY site /usr/share/nginx/html\n",
        errors: [{ message: dockerfile, line: 1, column: 6, endLine: 1, endColumn: 16 }],
      },
      {
        // Only the final stage counts: a HEALTHCHECK in a build stage it does not inherit from.
        code: "FROM node:20 AS build\nHEALTHCHECK CMD true\nRUN npm ci\nFROM node:20-slim AS runtime\nCOPY --from=build /app /app\nEXPOSE 3000\n",
        errors: [{ message: dockerfile, line: 4, column: 6, endLine: 4, endColumn: 18 }],
      },
      {
        // scratch that serves is a container.
        code: "FROM golang:1.23 AS build\nRUN go build -o /app\nFROM scratch\nCOPY --from=build /app /app\nEXPOSE 8080\nENTRYPOINT [\"/app\"]\n",
        errors: [{ message: dockerfile, line: 3, column: 6, endLine: 3, endColumn: 13 }],
      },
      {
        // A known server, also through a wrapper or a shell; EXPOSE inherited from a base stage.
        code: 'FROM python:3.12-slim\nCOPY . /app\nCMD ["gunicorn", "app:app"]\n',
        errors: [{ message: dockerfile, line: 1, column: 6 }],
      },
      {
        code: 'FROM node:22-slim\nCOPY . /app\nENTRYPOINT ["tini", "--"]\nCMD ["npm", "start"]\n',
        errors: [{ message: dockerfile, line: 1, column: 6 }],
      },
      {
        code: 'FROM node:22 AS base\nEXPOSE 3000\nFROM base\nCMD ["node", "main.js"]\n',
        errors: [{ message: dockerfile, line: 3, column: 6 }],
      },
      {
        code: 'FROM alpine:3.20\nCMD ["sh", "-c", "exec nginx -g \'daemon off;\'"]\n',
        errors: [{ message: dockerfile, line: 1, column: 6 }],
      },
      {
        // `always` asks every final stage for one.
        code: 'FROM alpine:3.20\nENTRYPOINT ["ffmpeg"]\n',
        options: [{ always: true }],
        errors: [{ message: dockerfileAlways, line: 1, column: 6 }],
      },
      {
        code: "FROM nginx:1.27\n",
        options: [{ always: true }],
        filename: "tests/Dockerfile",
        errors: [{ message: dockerfileAlways, line: 1, column: 6 }],
      },
    ],
  });

  composeRuleTester(RuleTester).run("require-healthcheck (compose)", rule as never, {
    valid: [
      // The seed's pattern.
      "services:\n  api:\n    image: app:1\n    depends_on:\n      db: { condition: service_healthy }\n  db:\n    image: postgres:16\n    healthcheck:\n      test: [\"CMD-SHELL\", \"pg_isready\"]\n",
      // Other conditions and the list form ask for no healthcheck.
      "services:\n  api:\n    image: app:1\n    depends_on:\n      db: { condition: service_started }\n      init: { condition: service_completed_successfully }\n  db:\n    image: postgres:16\n  init:\n    image: app:1\n",
      "services:\n  api:\n    image: app:1\n    depends_on: [db]\n  db:\n    image: postgres:16\n",
      // A healthcheck that only tunes timings keeps the image's test.
      "services:\n  api:\n    image: app:1\n    depends_on:\n      db:\n        condition: service_healthy\n  db:\n    image: postgres:16\n    healthcheck:\n      interval: 5s\n",
      // Merged in from an anchor.
      "x-hc: &hc\n  healthcheck:\n    test: [\"CMD\", \"true\"]\nservices:\n  api:\n    image: app:1\n    depends_on:\n      db: { condition: service_healthy }\n  db:\n    <<: *hc\n    image: postgres:16\n",
      // From the Dockerfile it builds (inline here), declared or inherited.
      "services:\n  api:\n    image: app:1\n    depends_on:\n      db: { condition: service_healthy }\n  db:\n    build:\n      dockerfile_inline: |\n        FROM postgres:16 AS base\n        HEALTHCHECK CMD pg_isready\n        FROM base\n",
      // The built stage is `target`, not the last one.
      "services:\n  api:\n    image: app:1\n    depends_on:\n      db: { condition: service_healthy }\n  db:\n    build:\n      target: base\n      dockerfile_inline: |\n        FROM postgres:16 AS base\n        HEALTHCHECK CMD pg_isready\n        FROM alpine:3.20\n",
      // Unknown: `extends`, a dependency defined in another file, a Dockerfile not readable here.
      "services:\n  api:\n    image: app:1\n    depends_on:\n      db: { condition: service_healthy }\n  db:\n    extends: { file: base.yaml, service: db }\n",
      "services:\n  api:\n    image: app:1\n    depends_on:\n      db: { condition: service_healthy }\n",
      "services:\n  api:\n    image: app:1\n    depends_on:\n      db: { condition: service_healthy }\n  db:\n    build: ./db\n",
      // Long-running services are only checked with the option...
      "services:\n  web:\n    image: nginx:1.27\n",
      // ... and with it, one-shot jobs, fragments and decisions are exempt.
      {
        code: [
          "services:",
          "  migrate:",
          "    image: app:1",
          "    restart: \"no\"",
          "    command: [\"npm\", \"run\", \"migrate\"]",
          "  cli:",
          "    image: app:1",
          "    profiles: [tools]",
          "  seed:",
          "    image: app:1",
          "    deploy:",
          "      restart_policy:",
          "        condition: none",
          "  init:",
          "    image: app:1",
          "  web:",
          "    image: nginx:1.27",
          "    healthcheck:",
          "      disable: true",
          "    depends_on:",
          "      init: { condition: service_completed_successfully }",
          "  api:",
          "    ports: [\"8080:8080\"]",
          "",
        ].join("\n"),
        options: strict,
      },
    ],
    invalid: [
      {
        code: "services:\n  api:\n    image: app:1\n    depends_on:\n      db: { condition: service_healthy }\n      cache:\n        condition: 'service_healthy'\n  db:\n    image: postgres:16\n  cache:\n    image: redis:7\n    healthcheck:\n      test: [\"CMD\", \"redis-cli\", \"ping\"]\n",
        errors: [{ message: absent("api", "db"), line: 5, column: 24, endLine: 5, endColumn: 39 }],
      },
      {
        code: "services:\n  api:\n    image: app:1\n    depends_on:\n      cache:\n        condition: 'service_healthy'\n  cache:\n    image: redis:7\n    healthcheck:\n      disable: true\n  db:\n    image: postgres:16\n    healthcheck:\n      test: [NONE]\n  web:\n    image: nginx:1.27\n    depends_on: {db: {condition: service_healthy}}\n",
        errors: [
          { message: disabled("api", "cache"), line: 6, column: 20, endLine: 6, endColumn: 37 },
          { message: disabled("web", "db"), line: 17, column: 34, endLine: 17, endColumn: 49 },
        ],
      },
      {
        // The Dockerfile it builds says HEALTHCHECK NONE, or has none in the built stage.
        code: "services:\n  api:\n    image: app:1\n    depends_on:\n      db: { condition: service_healthy }\n      q: { condition: service_healthy }\n  db:\n    build:\n      dockerfile_inline: \"FROM postgres:16\\nHEALTHCHECK NONE\\n\"\n  q:\n    build:\n      target: base\n      dockerfile_inline: |\n        FROM rabbitmq:3 AS base\n        FROM base\n        HEALTHCHECK CMD rabbitmq-diagnostics ping\n",
        errors: [
          { message: disabled("api", "db"), line: 5, column: 24 },
          { message: absent("api", "q"), line: 6, column: 23 },
        ],
      },
      {
        // A depends_on shared through an anchor is reported once.
        code: "x-deps: &deps\n  db:\n    condition: service_healthy\nservices:\n  a:\n    image: app:1\n    depends_on: *deps\n  b:\n    image: app:1\n    depends_on: *deps\n  db:\n    image: postgres:16\n",
        errors: [{ message: absent("a", "db"), line: 3, column: 16 }],
      },
      {
        code: "services:\n  web:\n    image: nginx:1.27\n    restart: \"no\"\n  worker:\n    image: app:1\n    command: celery worker\n  db:\n    image: postgres:16\n  api:\n    image: app:1\n    depends_on:\n      db: { condition: service_healthy }\n",
        options: strict,
        errors: [
          // A service others wait for is reported once, at the condition.
          { message: longRunning("web"), line: 2, column: 3, endLine: 2, endColumn: 6 },
          { message: longRunning("worker"), line: 5, column: 3, endLine: 5, endColumn: 9 },
          { message: longRunning("api"), line: 10, column: 3, endLine: 10, endColumn: 6 },
          { message: absent("api", "db"), line: 13, column: 24 },
        ],
      },
    ],
  });

  describe("a Dockerfile on disk", () => {
    let project: TempProject;
    beforeAll(() => {
      project = createTempProject({
        "db/Dockerfile": "FROM postgres:16\nHEALTHCHECK CMD pg_isready -U postgres\n",
        "queue/Dockerfile": "FROM rabbitmq:3\n",
      });
    });
    afterAll(() => project.remove());

    it("counts a HEALTHCHECK in the Dockerfile a service builds, and reports one without", async () => {
      project.write({
        "compose.yaml":
          "services:\n  api:\n    image: app:1\n    depends_on:\n      db: { condition: service_healthy }\n      queue: { condition: service_healthy }\n  db:\n    build: ./db\n  queue:\n    build: { context: queue }\n",
      });
      const messages = await project.lint(ESLint, "compose.yaml", { "containers/require-healthcheck": "error" });
      expect(messages.map((m) => [m.message, m.line, m.column])).toEqual([[absent("api", "queue"), 6, 27]]);
    });

    it("reports the Dockerfile side on the same files", async () => {
      const messages = await project.lint(ESLint, "queue/Dockerfile", { "containers/require-healthcheck": "error" });
      expect(messages.map((m) => [m.message, m.line, m.column])).toEqual([[dockerfile, 1, 6]]);
      expect(await project.lint(ESLint, "db/Dockerfile", { "containers/require-healthcheck": "error" })).toEqual([]);
    });
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "require-healthcheck", fence: "dockerfile", language: "containers/dockerfile", filename: "Dockerfile" });
    testDocExamples({ Linter, ruleName: "require-healthcheck", fence: "yaml", language: "containers/compose", filename: "compose.yaml" });
  });
});
