import { describe } from "vitest";
import rule from "../../src/rules/pip-no-cache-dir.js";
import { dockerfileRuleTester } from "../helpers/dockerfile-rule-tester.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";

const message = "`pip install` keeps its download cache in the image layer; add `--no-cache-dir`.";
const uvMessage = "`uv pip install` keeps its cache in the image layer; add `--no-cache`.";

describe.each(ESLINT_VERSIONS)("pip-no-cache-dir on ESLint $version", ({ RuleTester, Linter }) => {
  dockerfileRuleTester(RuleTester).run("pip-no-cache-dir", rule as never, {
    valid: [
      "FROM python:3.12\nRUN pip install --no-cache-dir flask\n",
      "FROM python:3.12\nRUN pip3 install --no-cache-dir=1 -r requirements.txt\n",
      "FROM python:3.12\nENV PIP_NO_CACHE_DIR=1\nRUN pip install flask\n",
      "FROM python:3.12\nRUN --mount=type=cache,target=/root/.cache/pip pip install flask\n",
      // pip turns its cache off for every boolean value, `off` and `0` included (pip's _handle_no_cache_dir).
      "FROM python:3.12\nRUN export PIP_NO_CACHE_DIR=off && pip install flask\n",
      "FROM python:3.12\nENV PIP_NO_CACHE_DIR=0\nRUN pip install flask\n",
      "FROM python:3.12\nRUN PIP_NO_CACHE_DIR=1 pip install flask\n",
      // pip takes unambiguous prefixes of its long options.
      "FROM python:3.12\nRUN pip install --no-cache flask\n",
      // A build arg without default: set at build time.
      "FROM python:3.12\nARG PIP_NO_CACHE_DIR\nRUN pip install flask\n",
      // Set in a parent stage.
      "FROM python:3.12 AS base\nENV PIP_NO_CACHE_DIR=1\nFROM base\nRUN pip install flask\n",
      // A cache mount on pip's cache (or a directory above it, or PIP_CACHE_DIR).
      "FROM python:3.12\nRUN --mount=type=cache,target=/root/.cache pip install flask\n",
      "FROM python:3.12\nENV PIP_CACHE_DIR=/pip\nRUN --mount=type=cache,target=/pip pip install flask\n",
      "FROM python:3.12\nRUN --mount=type=cache,target=/root/.cache/uv uv pip install --system flask\n",
      "FROM python:3.12\nRUN uv pip install --no-cache flask\n",
      // A builder stage whose files are copied one by one: its cache never ships.
      "FROM python:3.12 AS build\nRUN pip install --target /deps flask\nFROM python:3.12-slim\nCOPY --from=build /deps /deps\n",
      // The option value of --index-url is not the subcommand.
      "FROM python:3.12\nRUN pip --index-url https://x/install download flask\n",
      'FROM python:3.12\nRUN ["pip", "install", "--no-cache-dir", "flask"]\n',
      // Not an install, and not in a RUN.
      "FROM python:3.12\nRUN pip freeze > requirements.txt\n",
      'FROM python:3.12\nCMD pip install flask\n',
      // Text that merely mentions pip.
      "FROM python:3.12\nRUN echo 'pip install flask'\n",
    ],
    invalid: [
      {
        code: "FROM python:3.12\nRUN pip install flask\n",
        output: "FROM python:3.12\nRUN pip install --no-cache-dir flask\n",
        errors: [{ message, line: 2, column: 5, endLine: 2, endColumn: 16 }],
      },
      {
        // Through python -m, sudo, across continuation lines with a comment inside.
        code: "FROM python:3.12\nRUN apt-get update && \\\n    # deps\n    sudo python3 -m pip install \\\n      -r requirements.txt\n",
        output: "FROM python:3.12\nRUN apt-get update && \\\n    # deps\n    sudo python3 -m pip install --no-cache-dir \\\n      -r requirements.txt\n",
        errors: [{ message, line: 4, column: 21, endLine: 4, endColumn: 32 }],
      },
      {
        // Inside a heredoc script and inside $(...).
        code: "FROM python:3.12\nRUN <<EOF\nset -e\npip install flask\nEOF\nRUN echo $(pip install x)\n",
        output: "FROM python:3.12\nRUN <<EOF\nset -e\npip install --no-cache-dir flask\nEOF\nRUN echo $(pip install --no-cache-dir x)\n",
        errors: [
          { message, line: 4, column: 1 },
          { message, line: 6, column: 12 },
        ],
      },
      {
        // ENV in another stage does not count.
        code: "FROM python:3.12 AS a\nENV PIP_NO_CACHE_DIR=1\nFROM python:3.12\nRUN pip install flask\n",
        output: "FROM python:3.12 AS a\nENV PIP_NO_CACHE_DIR=1\nFROM python:3.12\nRUN pip install --no-cache-dir flask\n",
        errors: [{ message, line: 4 }],
      },
      {
        // A mount on another tool's cache does not count; neither does a false value of another tool's variable.
        code: "FROM python:3.12\nRUN --mount=type=cache,target=/var/cache/apt pip install flask\n",
        output: "FROM python:3.12\nRUN --mount=type=cache,target=/var/cache/apt pip install --no-cache-dir flask\n",
        errors: [{ message, line: 2, column: 46, endLine: 2, endColumn: 57 }],
      },
      {
        // Options before the subcommand; the exec form; sh -c; the final stage copying a builder wholesale.
        code: 'FROM python:3.12 AS build\nRUN pip --index-url https://x install flask\nFROM scratch\nCOPY --from=build / /\nRUN ["pip", "install", "flask"]\nRUN sh -c \'pip install y\'\n',
        output: 'FROM python:3.12 AS build\nRUN pip --index-url https://x install --no-cache-dir flask\nFROM scratch\nCOPY --from=build / /\nRUN ["pip", "install", "--no-cache-dir", "flask"]\nRUN sh -c \'pip install --no-cache-dir y\'\n',
        errors: [
          { message, line: 2, column: 5, endLine: 2, endColumn: 38 },
          { message, line: 5, column: 6, endLine: 5, endColumn: 22 },
          { message, line: 6, column: 12, endLine: 6, endColumn: 23 },
        ],
      },
      {
        code: "FROM python:3.12\nRUN uv pip install --system flask\nONBUILD RUN pip install x\n",
        output: "FROM python:3.12\nRUN uv pip install --no-cache --system flask\nONBUILD RUN pip install --no-cache-dir x\n",
        errors: [
          { message: uvMessage, line: 2, column: 8, endLine: 2, endColumn: 19 },
          { message, line: 3, column: 13, endLine: 3, endColumn: 24 },
        ],
      },
      {
        // A value pip rejects leaves the cache on.
        code: "FROM python:3.12\nENV PIP_NO_CACHE_DIR=maybe\nRUN pip install flask\n",
        output: "FROM python:3.12\nENV PIP_NO_CACHE_DIR=maybe\nRUN pip install --no-cache-dir flask\n",
        errors: [{ message, line: 3, column: 5 }],
      },
      {
        code: "FROM python:3.12\r\nRUN pip install flask\r\n",
        output: "FROM python:3.12\r\nRUN pip install --no-cache-dir flask\r\n",
        errors: [{ message, line: 2, column: 5 }],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "pip-no-cache-dir", fence: "dockerfile", language: "containers/dockerfile", filename: "Dockerfile" });
  });
});
