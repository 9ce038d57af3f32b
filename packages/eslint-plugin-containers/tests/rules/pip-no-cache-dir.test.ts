import { describe } from "vitest";
import rule from "../../src/rules/pip-no-cache-dir.js";
import { dockerfileRuleTester } from "../helpers/dockerfile-rule-tester.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";

const message = "`pip install` keeps its download cache in the image layer; add `--no-cache-dir`.";

describe.each(ESLINT_VERSIONS)("pip-no-cache-dir on ESLint $version", ({ RuleTester, Linter }) => {
  dockerfileRuleTester(RuleTester).run("pip-no-cache-dir", rule as never, {
    valid: [
      "FROM python:3.12\nRUN pip install --no-cache-dir flask\n",
      "FROM python:3.12\nRUN pip3 install --no-cache-dir=1 -r requirements.txt\n",
      "FROM python:3.12\nENV PIP_NO_CACHE_DIR=1\nRUN pip install flask\n",
      "FROM python:3.12\nRUN --mount=type=cache,target=/root/.cache/pip pip install flask\n",
      "FROM python:3.12\nRUN export PIP_NO_CACHE_DIR=off && pip install flask\n",
      "FROM python:3.12\nRUN PIP_NO_CACHE_DIR=1 pip install flask\n",
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
        errors: [{ message, line: 2, column: 5, endLine: 2, endColumn: 22 }],
      },
      {
        // Through python -m, sudo, across continuation lines with a comment inside.
        code: "FROM python:3.12\nRUN apt-get update && \\\n    # deps\n    sudo python3 -m pip install \\\n      -r requirements.txt\n",
        output: "FROM python:3.12\nRUN apt-get update && \\\n    # deps\n    sudo python3 -m pip install --no-cache-dir \\\n      -r requirements.txt\n",
        errors: [{ message, line: 4, column: 5, endLine: 5, endColumn: 26 }],
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
