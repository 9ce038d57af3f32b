import { describe } from "vitest";
import rule from "../../src/rules/apk-no-cache.js";
import { dockerfileRuleTester } from "../helpers/dockerfile-rule-tester.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";

const message = "`apk add` keeps the package index in `/var/cache/apk` in the image layer; add `--no-cache`.";

describe.each(ESLINT_VERSIONS)("apk-no-cache on ESLint $version", ({ RuleTester, Linter }) => {
  dockerfileRuleTester(RuleTester).run("apk-no-cache", rule as never, {
    valid: [
      "FROM alpine:3.20\nRUN apk add --no-cache curl\n",
      "FROM alpine:3.20\nRUN apk --no-cache add curl\n",
      "FROM alpine:3.20\nRUN apk add --no-cache \\\n    curl\n",
      // The cache in a mount, or deleted in the same RUN.
      "FROM alpine:3.20\nRUN --mount=type=cache,target=/var/cache/apk apk add curl\n",
      "FROM alpine:3.20\nRUN --mount=type=cache,target=/etc/apk/cache apk add curl\n",
      "FROM alpine:3.20\nRUN apk update && apk add curl && rm -rf /var/cache/apk/*\n",
      // Installs from what is already there, or only simulates.
      "FROM alpine:3.20\nRUN apk add --no-network --virtual .rundeps $deps\n",
      "FROM alpine:3.20\nRUN apk add --simulate curl\n",
      // Not `add`; not apk; text that mentions it.
      "FROM alpine:3.20\nRUN apk del curl && apk info\n",
      "FROM alpine:3.20\nRUN echo 'apk add curl'\n",
      // A builder stage copied from file by file.
      "FROM alpine:3.20 AS build\nRUN apk add gcc && make\nFROM alpine:3.20\nCOPY --from=build /out /out\n",
      // A non-POSIX stage is not read.
      'FROM alpine:3.20\nSHELL ["pwsh", "-c"]\nRUN apk add curl\n',
      // Fixed outputs stay fixed.
      "FROM alpine:3.20\nRUN apk add --no-cache --virtual .deps gcc \\\n    # compilers\n    musl-dev\n",
    ],
    invalid: [
      {
        code: "FROM alpine:3.20\nRUN apk add curl\n",
        output: "FROM alpine:3.20\nRUN apk add --no-cache curl\n",
        errors: [{ message, line: 2, column: 5, endLine: 2, endColumn: 12 }],
      },
      {
        // Options before the subcommand, a multi-line RUN with a comment inside.
        code: "FROM alpine:3.20\nRUN apk -U add --virtual .deps gcc \\\n    # compilers\n    musl-dev\n",
        output: "FROM alpine:3.20\nRUN apk -U add --no-cache --virtual .deps gcc \\\n    # compilers\n    musl-dev\n",
        errors: [{ message, line: 2, column: 5, endLine: 2, endColumn: 15 }],
      },
      {
        // A heredoc script, sh -c, an exec form, ONBUILD; a mount on another tool's cache does not count.
        code: "FROM alpine:3.20\nRUN <<EOF\nset -e\napk add curl\nEOF\nRUN --mount=type=cache,target=/root/.cache/pip sh -c 'apk add git'\nRUN [\"apk\", \"add\", \"bash\"]\nONBUILD RUN sudo apk add make\n",
        output: "FROM alpine:3.20\nRUN <<EOF\nset -e\napk add --no-cache curl\nEOF\nRUN --mount=type=cache,target=/root/.cache/pip sh -c 'apk add --no-cache git'\nRUN [\"apk\", \"add\", \"--no-cache\", \"bash\"]\nONBUILD RUN sudo apk add --no-cache make\n",
        errors: [
          { message, line: 4, column: 1, endColumn: 8 },
          { message, line: 6, column: 55, endColumn: 62 },
          { message, line: 7, column: 6, endColumn: 18 },
          { message, line: 8, column: 18, endColumn: 25 },
        ],
      },
      {
        // Removing the cache before installing does not help.
        code: "FROM alpine:3.20\nRUN rm -rf /var/cache/apk/* && apk add curl\n",
        output: "FROM alpine:3.20\nRUN rm -rf /var/cache/apk/* && apk add --no-cache curl\n",
        errors: [{ message, line: 2, column: 32 }],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "apk-no-cache", fence: "dockerfile", language: "containers/dockerfile", filename: "Dockerfile" });
  });
});
