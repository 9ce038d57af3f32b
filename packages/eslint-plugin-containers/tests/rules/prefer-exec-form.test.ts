import { describe } from "vitest";
import rule from "../../src/rules/prefer-exec-form.js";
import { dockerfileRuleTester } from "../helpers/dockerfile-rule-tester.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";

const message = (keyword: string) =>
  `${keyword} in shell form runs under '/bin/sh -c', which does not pass signals to your process; use the exec form.`;

describe.each(ESLINT_VERSIONS)("prefer-exec-form on ESLint $version", ({ RuleTester, Linter }) => {
  dockerfileRuleTester(RuleTester).run("prefer-exec-form", rule as never, {
    valid: [
      'FROM node:22\nCMD ["node", "server.js"]\n',
      'FROM node:22\nENTRYPOINT ["/entrypoint.sh"]\n',
      // A healthcheck that needs the shell is written in the shell form on purpose.
      "FROM node:22\nHEALTHCHECK CMD curl -f http://localhost/ || exit 1\n",
      "FROM node:22\nHEALTHCHECK NONE\n",
      // Probes are short-lived: signals do not matter, so HEALTHCHECK is not checked by default.
      "FROM node:22\nHEALTHCHECK --interval=5s CMD wget -qO- http://localhost:3000/health\n",
      { code: "FROM node:22\nHEALTHCHECK CMD curl -f http://localhost/ || exit 1\n", options: [{ healthcheck: true }] },
      // After SHELL, the shell form is an explicit choice.
      'FROM mcr.microsoft.com/powershell:7.4\nSHELL ["pwsh", "-Command"]\nCMD Write-Host hi\n',
    ],
    invalid: [
      {
        code: "FROM node:22\nCMD node server.js\n",
        output: 'FROM node:22\nCMD ["node", "server.js"]\n',
        errors: [{ message: message("CMD"), line: 2, column: 5, endLine: 2, endColumn: 19 }],
      },
      {
        // Quotes are removed; continuation lines keep their words, escape and indentation.
        code: "FROM python:3.12\nENTRYPOINT python -m 'my app' \\\n  --port 8000\n",
        output: 'FROM python:3.12\nENTRYPOINT ["python", "-m", "my app", \\\n  "--port", "8000"]\n',
        errors: [{ message: message("ENTRYPOINT"), line: 2, column: 12, endLine: 3, endColumn: 14 }],
      },
      {
        // The same with CRLF line ends.
        code: "FROM alpine:3.20\r\nCMD app \\\r\n    --verbose\r\n",
        output: 'FROM alpine:3.20\r\nCMD ["app", \\\r\n    "--verbose"]\r\n',
        errors: [{ message: message("CMD"), line: 2, column: 5, endLine: 3, endColumn: 14 }],
      },
      {
        // With the option: its own reason (a shell per probe), not signals.
        code: "FROM node:22\nHEALTHCHECK --interval=5s CMD wget -qO- http://localhost:3000/health\n",
        options: [{ healthcheck: true }],
        output: 'FROM node:22\nHEALTHCHECK --interval=5s CMD ["wget", "-qO-", "http://localhost:3000/health"]\n',
        errors: [
          {
            message:
              "HEALTHCHECK CMD in shell form runs '/bin/sh -c' for every probe, so the image needs a shell and each probe starts one; use the exec form.",
            line: 2,
            column: 31,
          },
        ],
      },
      {
        // Shell syntax: no fix, a suggestion that keeps the shell explicit.
        code: "FROM node:22\nCMD node server.js > /var/log/app.log\n",
        output: null,
        errors: [
          {
            message: message("CMD"),
            line: 2,
            column: 5,
            suggestions: [
              {
                desc: 'Use the exec form with an explicit shell: ["/bin/sh", "-c", "node server.js > /var/log/app.log"]',
                output: 'FROM node:22\nCMD ["/bin/sh", "-c", "node server.js > /var/log/app.log"]\n',
              },
            ],
          },
        ],
      },
      {
        // Variables need the shell to expand them.
        code: "FROM node:22\nCMD node $APP\n",
        output: null,
        errors: [{ message: message("CMD"), suggestions: 1 }],
      },
      {
        // A comment line inside the continuation would be lost: report only.
        code: "FROM node:22\nCMD node \\\n  # the server\n  server.js\n",
        output: null,
        errors: [{ message: message("CMD"), line: 2, suggestions: 0 }],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "prefer-exec-form", fence: "dockerfile", language: "containers/dockerfile", filename: "Dockerfile" });
  });
});
