import { describe } from "vitest";
import rule from "../../src/rules/no-shell-cmd.js";
import { dockerfileRuleTester } from "../helpers/dockerfile-rule-tester.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";

const message = (keyword: string, command: string) =>
  `The image's ${keyword} only starts a shell ('${command}'), so the container runs no service and exits without a terminal; make it run the application (\`CMD ["python", "-m", "app"]\`).`;

describe.each(ESLINT_VERSIONS)("no-shell-cmd on ESLint $version", ({ RuleTester, Linter }) => {
  dockerfileRuleTester(RuleTester).run("no-shell-cmd", rule as never, {
    valid: [
      'FROM python:3.12-slim\nCOPY . /app\nCMD ["python", "-m", "app"]\n',
      // A shell running a script is the application.
      'FROM alpine:3.20\nCOPY run.sh app.conf /\nCMD ["sh", "-c", "exec /run.sh"]\n',
      'FROM alpine:3.20\nCOPY app /app\nENTRYPOINT ["/bin/sh"]\nCMD ["/app/start.sh"]\n',
      // A shell in a build stage is not what ships.
      'FROM alpine:3.20 AS build\nCMD ["sh"]\nFROM alpine:3.20\nCOPY app /app\nCMD ["/app"]\n',
      // The ENTRYPOINT gets "bash" as an argument.
      'FROM alpine:3.20\nCOPY app /app\nENTRYPOINT ["/app"]\nCMD ["bash"]\n',
      // Base and tool images (busybox, docker:cli) rightly open a shell.
      'FROM alpine:3.20\nCOPY docker-entrypoint.sh /usr/local/bin/\nCMD ["sh"]\n',
    ],
    invalid: [
      {
        code: 'FROM python:3.12-slim\nCOPY . /app\nCMD ["bash"]\n',
        errors: [{ message: message("CMD", "bash"), line: 3, column: 5, endLine: 3, endColumn: 13 }],
      },
      {
        code: "FROM python:3.12-slim\nCOPY . /app\nCMD /bin/bash -l\n",
        errors: [{ message: message("CMD", "/bin/bash -l"), line: 3, column: 5 }],
      },
      {
        // Inherited from an earlier stage, reported where it is written; through tini.
        code: 'FROM node:22-slim AS base\nCOPY . /app\nCMD ["sh"]\nFROM base\nENTRYPOINT ["tini", "--"]\n',
        errors: [{ message: message("CMD", "sh"), line: 3, column: 5 }],
      },
      {
        code: 'FROM alpine:3.20\nCOPY app /app\nENTRYPOINT ["/bin/ash"]\n',
        errors: [{ message: message("ENTRYPOINT", "/bin/ash"), line: 3, column: 12 }],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "no-shell-cmd", fence: "dockerfile", language: "containers/dockerfile", filename: "Dockerfile" });
  });
});
