import { describe } from "vitest";
import rule from "../../src/rules/prefer-workdir.js";
import { dockerfileRuleTester } from "../helpers/dockerfile-rule-tester.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";

const message = (path: string) =>
  `\`cd ${path}\` only lasts until the end of this RUN; use \`WORKDIR ${path}\` so every later instruction runs there and readers see where.`;

describe.each(ESLINT_VERSIONS)("prefer-workdir on ESLint $version", ({ RuleTester, Linter }) => {
  dockerfileRuleTester(RuleTester).run("prefer-workdir", rule as never, {
    valid: [
      // A `cd` inside `sh -c '…'` runs in a child shell.
      "FROM node:20\nRUN sh -c 'cd /app && npm ci'\n",
      "FROM node:20\nWORKDIR /app\nRUN npm ci\n",
      // Scratch directories and one-off build directories.
      "FROM debian:12\nRUN cd /tmp && curl -fsSLO https://example.com/x.tgz && tar xzf x.tgz\n",
      "FROM debian:12\nRUN mkdir build && cd build && cmake .. && make\n",
      "FROM debian:12\nRUN git clone https://example.com/x.git /usr/src/x && cd /usr/src/x && make install && rm -rf /usr/src/x\n",
      "FROM debian:12\nRUN tar xf x.tgz && cd x-1.0 && make install && cd .. && rm -rf x-1.0*\n",
      // The RUN goes elsewhere afterwards: the cd is scoped to part of the RUN.
      "FROM php:8\nRUN set -eux; cd /usr/src/php; make -j4; make install; cd /; docker-php-source delete\n",
      // Subshells, loops, conditions, substitutions, functions: nothing persists anyway.
      "FROM debian:12\nRUN (cd /src && make) && make -C /other\n",
      "FROM debian:12\nRUN for d in a b; do cd /src/$d && make; done\n",
      "FROM debian:12\nRUN if [ -d /src ]; then cd /src && make; fi\n",
      'FROM debian:12\nRUN V="$(cd /src && git describe)" && echo "$V"\n',
      // Directories only known at run time, and going back.
      'FROM debian:12\nRUN cd "$SRC_DIR" && make\n',
      "FROM debian:12\nRUN cd - && make\n",
      // Not in a RUN.
      'FROM debian:12\nCMD cd /app && ./start.sh\n',
    ],
    invalid: [
      {
        // The script of an exec form runs in the RUN's own shell: its `cd` is like a shell-form one.
        code: 'FROM node:20\nRUN ["/bin/sh", "-c", "cd /app && npm ci"]\n',
        errors: [{ message: message("/app"), line: 2, column: 24, endColumn: 31 }],
      },
      {
        code: "FROM node:20\nCOPY . /app\nRUN cd /app && npm ci\n",
        errors: [{ message: message("/app"), line: 3, column: 5, endLine: 3, endColumn: 12 }],
      },
      {
        // Across continuation lines with a comment, in a heredoc, and in ONBUILD.
        code: "FROM node:20\nRUN npm i -g pnpm \\\n    # then build\n    && cd /srv/app/ \\\n    && pnpm build\nRUN <<EOF\ncd /srv/app\npnpm test\nEOF\nONBUILD RUN cd /srv/app && pnpm install\n",
        errors: [
          { message: message("/srv/app/"), line: 4, column: 8, endLine: 4, endColumn: 20 },
          { message: message("/srv/app"), line: 7, column: 1 },
          { message: message("/srv/app"), line: 10, column: 13 },
        ],
      },
      {
        // A directory that stays (the rm removes something else), and a relative path.
        code: "FROM debian:12\nWORKDIR /src\nRUN cd app && make && rm -rf app/build\n",
        errors: [{ message: message("app"), line: 3, column: 5 }],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "prefer-workdir", fence: "dockerfile", language: "containers/dockerfile", filename: "Dockerfile" });
  });
});
