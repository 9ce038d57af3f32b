import { describe } from "vitest";
import rule from "../../src/rules/wget-quiet-progress.js";
import { dockerfileRuleTester } from "../helpers/dockerfile-rule-tester.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";

const message = "`wget` prints a progress line every few kilobytes, which floods the build log; add `-nv` (one line per file, errors still shown).";

describe.each(ESLINT_VERSIONS)("wget-quiet-progress on ESLint $version", ({ RuleTester, Linter }) => {
  dockerfileRuleTester(RuleTester).run("wget-quiet-progress", rule as never, {
    valid: [
      // busybox wget (Alpine, busybox, also through FROM <stage>): one self-updating line, and it ignores -nv.
      "FROM alpine:3.20\nRUN wget https://example.com/x.tgz\n",
      "FROM node:20-alpine AS base\nFROM base\nRUN wget -O /x.tgz https://example.com/x.tgz\n",
      // The official docker image is Alpine (busybox wget) on every Linux tag.
      "FROM docker:29-cli\nRUN wget -O docker.tgz https://example.com/docker.tgz\n",
      // A signature, checksum or key file: a few header lines, no progress flood.
      'FROM debian:12\nRUN wget -O python.tar.xz.asc "$URL.asc" && wget -O KEYS https://example.com/KEYS && wget "$url.sha256"\n',
      // GNU wget installed only afterwards.
      "FROM alpine:3.20\nRUN wget -O /k.asc https://example.com/k.asc\nRUN apk add --no-cache wget\n",
      'FROM debian:12\nRUN ["wget", "-nv", "https://example.com/x.tgz"]\nRUN sh -c \'wget -nv https://example.com/y\' && sudo -u app wget -nv https://example.com/z\n',
      "FROM debian:12\nRUN wget -nv https://example.com/x.tgz\n",
      "FROM debian:12\nRUN wget --no-verbose https://example.com/x.tgz\n",
      "FROM debian:12\nRUN wget -q https://example.com/x.tgz\n",
      "FROM debian:12\nRUN wget -qO- https://example.com/x.tgz | tar xz\n",
      "FROM debian:12\nRUN wget -cq https://example.com/x.tgz\n",
      "FROM debian:12\nRUN wget --progress=dot:giga https://example.com/x.tgz\n",
      "FROM debian:12\nRUN wget --quiet -O x.tgz https://example.com/x.tgz\n",
      "FROM debian:12\nRUN wget -o /tmp/wget.log https://example.com/x.tgz\n",
      "FROM debian:12\nRUN apt-get install -y wget\n",
      "FROM debian:12\nHEALTHCHECK CMD wget -O /dev/null http://localhost/ || exit 1\n",
      // Windows stages the parser does not know: `wget` is PowerShell's Invoke-WebRequest there.
      "FROM stefanscherer/node-windows:6.0.0\nRUN powershell -Command \\\n    wget https://example.com/c.zip -OutFile c.zip ; \\\n    Expand-Archive -Path c.zip\n",
      "FROM mycorp/base:1\nRUN cmd /S /C echo hi\nRUN wget https://example.com/c.zip -OutFile c.zip\n",
      // The fixed outputs are clean.
      "FROM debian:12\nRUN apt-get update && \\\n    sudo wget -nv -O q.tgz \\\n      https://example.com/x.tgz\nRUN <<EOF\n/usr/bin/wget -nv https://example.com/y\nEOF\nONBUILD RUN wget -nv -P /opt https://example.com/z\n",
    ],
    invalid: [
      {
        // A tarball saved from a .asc-looking URL, or fetched beside its signature: the tarball floods.
        code: 'FROM debian:12\nRUN wget -O x.tgz "$url.asc"; wget https://example.com/x.tgz https://example.com/x.tgz.asc\n',
        output: 'FROM debian:12\nRUN wget -nv -O x.tgz "$url.asc"; wget -nv https://example.com/x.tgz https://example.com/x.tgz.asc\n',
        errors: [
          { message, line: 2, column: 5 },
          { message, line: 2, column: 31 },
        ],
      },
      {
        // Alpine with GNU wget installed (in a parent stage too).
        code: "FROM alpine:3.20 AS base\nRUN apk add --no-cache wget\nFROM base\nRUN wget https://example.com/x.tgz\n",
        output: "FROM alpine:3.20 AS base\nRUN apk add --no-cache wget\nFROM base\nRUN wget -nv https://example.com/x.tgz\n",
        errors: [{ message, line: 4, column: 5 }],
      },
      {
        // Exec form, `sh -c '…'`, and through `sudo -u app` (an option value the model skips).
        code: 'FROM debian:12\nRUN ["wget", "https://example.com/x.tgz"]\nRUN sh -c \'wget https://example.com/y\' && sudo -u app wget https://example.com/z\n',
        output: 'FROM debian:12\nRUN ["wget", "-nv", "https://example.com/x.tgz"]\nRUN sh -c \'wget -nv https://example.com/y\' && sudo -u app wget -nv https://example.com/z\n',
        errors: [
          { message, line: 2, column: 6, endColumn: 12 },
          { message, line: 3, column: 12 },
          { message, line: 3, column: 55 },
        ],
      },
      {
        code: "FROM debian:12\nRUN wget https://example.com/x.tgz\n",
        output: "FROM debian:12\nRUN wget -nv https://example.com/x.tgz\n",
        errors: [{ message, line: 2, column: 5, endLine: 2, endColumn: 9 }],
      },
      {
        // `-O q.tgz`: the q is a value, not -q. Behind sudo, across lines, in a heredoc, ONBUILD.
        code: "FROM debian:12\nRUN apt-get update && \\\n    sudo wget -O q.tgz \\\n      https://example.com/x.tgz\nRUN <<EOF\n/usr/bin/wget https://example.com/y\nEOF\nONBUILD RUN wget -P /opt https://example.com/z\n",
        output:
          "FROM debian:12\nRUN apt-get update && \\\n    sudo wget -nv -O q.tgz \\\n      https://example.com/x.tgz\nRUN <<EOF\n/usr/bin/wget -nv https://example.com/y\nEOF\nONBUILD RUN wget -nv -P /opt https://example.com/z\n",
        errors: [
          { message, line: 3, column: 10 },
          { message, line: 6, column: 1, endColumn: 14 },
          { message, line: 8, column: 13 },
        ],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "wget-quiet-progress", fence: "dockerfile", language: "containers/dockerfile", filename: "Dockerfile" });
  });
});
