import { describe } from "vitest";
import rule from "../../src/rules/prefer-copy.js";
import { dockerfileRuleTester } from "../helpers/dockerfile-rule-tester.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";

const message = "ADD of local files does what COPY does, plus URL fetching and archive unpacking you do not use here; use COPY, which says so.";

describe.each(ESLINT_VERSIONS)("prefer-copy on ESLint $version", ({ RuleTester, Linter }) => {
  dockerfileRuleTester(RuleTester).run("prefer-copy", rule as never, {
    valid: [
      "FROM alpine:3.20\nCOPY app.py /app/\n",
      // URLs and archives are ADD's job.
      "FROM alpine:3.20\nADD https://example.com/tool /usr/local/bin/tool\n",
      "FROM alpine:3.20\nADD git@github.com:org/repo.git /src\n",
      "FROM alpine:3.20\nADD rootfs.tar.xz /\nADD vendor.tgz /opt/\n",
      // A variable or a trailing wildcard may be an archive; ADD-only flags.
      "FROM alpine:3.20\nADD $ARCHIVE /opt/\nADD dist/* /opt/\n",
      "FROM alpine:3.20\nADD --checksum=sha256:0123 file /x\n",
      "FROM alpine:3.20\nADD --unpack=false app /x\n",
      // The fixed outputs.
      "FROM alpine:3.20\nCOPY --chown=app ./config /config/\ncopy run.sh *.py /app/\n",
      "FROM alpine:3.20\nONBUILD COPY . /app\n",
    ],
    invalid: [
      {
        code: "FROM alpine:3.20\nADD --chown=app ./config /config/\nadd run.sh *.py /app/\n",
        output: "FROM alpine:3.20\nCOPY --chown=app ./config /config/\ncopy run.sh *.py /app/\n",
        errors: [
          { message, line: 2, column: 1, endLine: 2, endColumn: 4 },
          { message, line: 3, column: 1 },
        ],
      },
      {
        // Inside ONBUILD, at the inner keyword.
        code: "FROM alpine:3.20\nONBUILD ADD . /app\n",
        output: "FROM alpine:3.20\nONBUILD COPY . /app\n",
        errors: [{ message, line: 2, column: 9, endLine: 2, endColumn: 12 }],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "prefer-copy", fence: "dockerfile", language: "containers/dockerfile", filename: "Dockerfile" });
  });
});
