import { describe } from "vitest";
import rule from "../../src/rules/require-pipefail.js";
import { dockerfileRuleTester } from "../helpers/dockerfile-rule-tester.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";

const message = (shell: string) =>
  `Without pipefail, this pipe hides a failure of the command before \`|\` (the RUN succeeds if the last command does); set \`SHELL ["${shell}", "-o", "pipefail", "-c"]\`, or start this RUN with \`set -o pipefail &&\` if its shell is bash or ash.`;
const desc = (shell: string, args = '"-o", "pipefail", "-c"') =>
  `Insert \`SHELL ["${shell}", ${args}]\` before this RUN (the rest of the stage then runs with pipefail).`;

describe.each(ESLINT_VERSIONS)("require-pipefail on ESLint $version", ({ RuleTester, Linter }) => {
  dockerfileRuleTester(RuleTester).run("require-pipefail", rule as never, {
    valid: [
      "FROM debian:12\nRUN apt-get update && apt-get install -y curl\n",
      'FROM debian:12\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN curl -fsSL https://example.com/key | gpg --dearmor -o /k.gpg\n',
      'FROM debian:12\nSHELL ["/bin/bash", "-euxo", "pipefail", "-c"]\nRUN curl -fsSL https://example.com/key | gpg --dearmor -o /k.gpg\n',
      // Inherited through FROM <stage>.
      'FROM debian:12 AS base\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nFROM base\nRUN curl -fsSL https://example.com/key | gpg --dearmor -o /k.gpg\n',
      // `set -o pipefail` earlier in the same RUN, also as combined flags and in a heredoc.
      "FROM debian:12\nRUN set -o pipefail && curl -fsSL https://example.com/key | gpg --dearmor -o /k.gpg\n",
      "FROM alpine:3.20\nRUN set -euxo pipefail; \\\n    wget -qO- https://example.com/x.tgz | tar xz\n",
      "FROM debian:12\nRUN <<EOF\nset -eo pipefail\ncurl -fsSL https://example.com/x.tgz | tar xz\nEOF\n",
      // Heads that cannot fail, readers that stop early, conditions.
      'FROM debian:12\nRUN echo "$SUM  file.tgz" | sha256sum -c -\n',
      "FROM debian:12\nRUN { echo a; printf 'b\\n'; } | tee /etc/app.conf\n",
      "FROM debian:12\nRUN yes | unminimize\n",
      // A checksum check fails on empty input: the head's failure cannot hide.
      'FROM node:20\nRUN grep " node-v$V.tar.xz\\$" SHASUMS256.txt | sha256sum -c -\n',
      // A stage that looks like Windows (PowerShell RUNs) is not read as POSIX shell.
      "FROM mycorp/base:1\nRUN powershell -Command Get-ChildItem | Select-Object Name\n",
      "FROM debian:12\nRUN dpkg -l | grep -q libssl && echo found\n",
      "FROM debian:12\nRUN ls /usr/lib | head -n 1\n",
      "FROM debian:12\nRUN if ! locale -a | grep en_US; then exit 1; fi\n",
      'FROM debian:12\nRUN if [ -z "$(dpkg --get-selections | grep libzmq)" ]; then exit 1; fi\n',
      // Not POSIX: PowerShell and cmd stages are not parsed.
      'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN dir | findstr foo\n',
      'FROM debian:12\nSHELL ["pwsh", "-c"]\nRUN Get-ChildItem | Select-Object Name\n',
      // Pipes inside `sh -c '…'` (or an exec form's script) run in that shell, which SHELL does not configure.
      "FROM debian:12\nRUN sh -c 'curl -fsSL https://example.com/x | tar xz'\n",
      // Also with expansions in the script, behind sudo, and through su.
      'FROM debian:12\nRUN sudo bash -ec "echo \\"${LIST}\\" | tr \' \' \'\\n\' | xargs apt-get install -y"\n',
      "FROM debian:12\nRUN su app -c 'curl -fsSL https://example.com/x | tar xz'\n",
      'FROM debian:12\nRUN ["/bin/bash", "-c", "curl -fsSL https://example.com/x | tar xz"]\n',
      "FROM debian:12\nRUN <<EOF\n#!/usr/bin/env bash\ncurl -fsSL https://example.com/x | tar xz\nEOF\n",
      // `set -o pipefail || true` before the pipe still sets it.
      "FROM debian:12\nRUN set -o pipefail || true; curl -fsSL https://example.com/x | tar xz\n",
    ],
    invalid: [
      {
        // The current SHELL's own options are kept, `-o pipefail` goes before its `-c`.
        code: 'FROM debian:12\nSHELL ["/bin/bash", "-ex", "-c"]\nRUN ps aux | sort\n',
        errors: [
          {
            message: message("/bin/bash"),
            line: 3,
            column: 12,
            suggestions: [
              {
                desc: desc("/bin/bash", '"-ex", "-o", "pipefail", "-c"'),
                output: 'FROM debian:12\nSHELL ["/bin/bash", "-ex", "-c"]\nSHELL ["/bin/bash", "-ex", "-o", "pipefail", "-c"]\nRUN ps aux | sort\n',
              },
            ],
          },
        ],
      },
      {
        code: "FROM debian:12\nRUN curl -fsSL https://example.com/key | gpg --dearmor -o /k.gpg\n",
        errors: [
          {
            message: message("/bin/bash"),
            line: 2,
            column: 40,
            endLine: 2,
            endColumn: 41,
            suggestions: [
              {
                desc: desc("/bin/bash"),
                output:
                  'FROM debian:12\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN curl -fsSL https://example.com/key | gpg --dearmor -o /k.gpg\n',
              },
            ],
          },
        ],
      },
      {
        // Alpine: ash does pipefail and bash is not installed. The pipe on a continuation line.
        code: "FROM alpine:3.20\nRUN apk add --no-cache curl \\\n    && curl -fsSL https://example.com/x.tgz \\\n       | tar xz -C /opt\n",
        errors: [
          {
            message: message("/bin/ash"),
            line: 4,
            column: 8,
            suggestions: [
              {
                desc: desc("/bin/ash"),
                output:
                  'FROM alpine:3.20\nSHELL ["/bin/ash", "-o", "pipefail", "-c"]\nRUN apk add --no-cache curl \\\n    && curl -fsSL https://example.com/x.tgz \\\n       | tar xz -C /opt\n',
              },
            ],
          },
        ],
      },
      {
        // A SHELL without pipefail: keep its executable. Pipe inside $(...) and inside a heredoc.
        code: 'FROM debian:12\nSHELL ["/bin/zsh", "-c"]\nRUN V="$(curl -fsSL https://example.com/v | jq -r .tag)" && echo "$V"\nRUN <<EOF\nfind / -name "*.pyc" | xargs rm -f\nEOF\n',
        errors: [
          {
            message: message("/bin/zsh"),
            line: 3,
            column: 43,
            suggestions: [
              {
                desc: desc("/bin/zsh"),
                output:
                  'FROM debian:12\nSHELL ["/bin/zsh", "-c"]\nSHELL ["/bin/zsh", "-o", "pipefail", "-c"]\nRUN V="$(curl -fsSL https://example.com/v | jq -r .tag)" && echo "$V"\nRUN <<EOF\nfind / -name "*.pyc" | xargs rm -f\nEOF\n',
              },
            ],
          },
          {
            message: message("/bin/zsh"),
            line: 5,
            column: 22,
            suggestions: [
              {
                desc: desc("/bin/zsh"),
                output:
                  'FROM debian:12\nSHELL ["/bin/zsh", "-c"]\nRUN V="$(curl -fsSL https://example.com/v | jq -r .tag)" && echo "$V"\nSHELL ["/bin/zsh", "-o", "pipefail", "-c"]\nRUN <<EOF\nfind / -name "*.pyc" | xargs rm -f\nEOF\n',
              },
            ],
          },
        ],
      },
      {
        // `set -o pipefail` after the pipe does not count; pipefail in another stage neither.
        code: 'FROM debian:12 AS a\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nFROM debian:12\nRUN ps aux | sort; set -o pipefail\n',
        errors: [
          {
            message: message("/bin/bash"),
            line: 4,
            column: 12,
            suggestions: [
              {
                desc: desc("/bin/bash"),
                output:
                  'FROM debian:12 AS a\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nFROM debian:12\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN ps aux | sort; set -o pipefail\n',
              },
            ],
          },
        ],
      },
      {
        // ONBUILD RUN: reported at the inner RUN; the SHELL goes before the ONBUILD line, with its indentation and CRLF.
        code: "FROM node:20-alpine\r\n  ONBUILD RUN npm ls | tee deps.txt\r\n",
        errors: [
          {
            message: message("/bin/ash"),
            line: 2,
            column: 22,
            suggestions: [
              {
                desc: desc("/bin/ash"),
                output: 'FROM node:20-alpine\r\n  SHELL ["/bin/ash", "-o", "pipefail", "-c"]\r\n  ONBUILD RUN npm ls | tee deps.txt\r\n',
              },
            ],
          },
        ],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "require-pipefail", fence: "dockerfile", language: "containers/dockerfile", filename: "Dockerfile" });
  });
});
