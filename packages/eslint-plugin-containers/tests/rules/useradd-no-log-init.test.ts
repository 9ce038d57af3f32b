import { describe } from "vitest";
import rule from "../../src/rules/useradd-no-log-init.js";
import { dockerfileRuleTester } from "../helpers/dockerfile-rule-tester.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";

const message = (uid: string) =>
  `\`useradd\` with UID ${uid} writes a sparse /var/log/lastlog and faillog that Docker stores in full (megabytes per thousand UIDs); add \`-l\` (\`--no-log-init\`).`;

describe.each(ESLINT_VERSIONS)("useradd-no-log-init on ESLint $version", ({ RuleTester, Linter }) => {
  dockerfileRuleTester(RuleTester).run("useradd-no-log-init", rule as never, {
    valid: [
      "FROM debian:12\nONBUILD RUN useradd -l -u 200000 app\nRUN echo app | xargs useradd -l -u 300000\n",
      'FROM debian:12\nRUN ["useradd", "-l", "-u", "100000", "app"]\n',
      "FROM debian:12\nRUN useradd -u 1000 app\n",
      "FROM debian:12\nRUN useradd -u 65535 app\n",
      "FROM debian:12\nRUN useradd -l -u 100000 app\n",
      "FROM debian:12\nRUN useradd --no-log-init --uid=100000 app\n",
      "FROM debian:12\nRUN useradd -mlu 100000 app\n",
      'FROM debian:12\nRUN useradd -u "$UID" app\n',
      // `-c 100000` is a comment, not a UID.
      "FROM debian:12\nRUN useradd -c 100000 app\n",
      "FROM alpine:3.20\nRUN adduser -D -u 100000 app\n",
      { code: "FROM debian:12\nRUN useradd -u 70000 app\n", options: [{ minUid: 100000 }] },
      // The fixed outputs are clean.
      "FROM debian:12\nRUN groupadd -g 70000 app \\\n && sudo useradd -l -r -g app \\\n      --uid 70000 app\nRUN <<EOF\nuseradd -l -mu2000000000 svc\nEOF\nRUN useradd -l --uid=123456 x\n",
      "FROM debian:12\nRUN useradd -l -u 10001 app\n",
    ],
    invalid: [
      {
        // ONBUILD RUN and xargs.
        code: "FROM debian:12\nONBUILD RUN useradd -u 200000 app\nRUN echo app | xargs useradd -u 300000\n",
        output: "FROM debian:12\nONBUILD RUN useradd -l -u 200000 app\nRUN echo app | xargs useradd -l -u 300000\n",
        errors: [
          { message: message("200000"), line: 2, column: 24 },
          { message: message("300000"), line: 3, column: 33 },
        ],
      },
      {
        code: 'FROM debian:12\nRUN ["useradd", "-u", "100000", "app"]\n',
        output: 'FROM debian:12\nRUN ["useradd", "-l", "-u", "100000", "app"]\n',
        errors: [{ message: message("100000"), line: 2, column: 23, endColumn: 31 }],
      },
      {
        code: "FROM debian:12\nRUN useradd -u 100000 app\n",
        output: "FROM debian:12\nRUN useradd -l -u 100000 app\n",
        errors: [{ message: message("100000"), line: 2, column: 16, endLine: 2, endColumn: 22 }],
      },
      {
        // Long and attached forms, combined flags, behind sudo, across lines and in a heredoc.
        code: "FROM debian:12\nRUN groupadd -g 70000 app \\\n && sudo useradd -r -g app \\\n      --uid 70000 app\nRUN <<EOF\nuseradd -mu2000000000 svc\nEOF\nRUN useradd --uid=123456 x\n",
        output: "FROM debian:12\nRUN groupadd -g 70000 app \\\n && sudo useradd -l -r -g app \\\n      --uid 70000 app\nRUN <<EOF\nuseradd -l -mu2000000000 svc\nEOF\nRUN useradd -l --uid=123456 x\n",
        errors: [
          { message: message("70000"), line: 4, column: 13 },
          { message: message("2000000000"), line: 6, column: 9 },
          { message: message("123456"), line: 8, column: 13 },
        ],
      },
      {
        code: "FROM debian:12\nRUN useradd -u 10001 app\n",
        output: "FROM debian:12\nRUN useradd -l -u 10001 app\n",
        options: [{ minUid: 10000 }],
        errors: [{ message: message("10001"), line: 2, column: 16 }],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "useradd-no-log-init", fence: "dockerfile", language: "containers/dockerfile", filename: "Dockerfile" });
  });
});
