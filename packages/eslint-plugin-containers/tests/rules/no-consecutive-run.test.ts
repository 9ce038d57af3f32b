import { describe } from "vitest";
import rule from "../../src/rules/no-consecutive-run.js";
import { dockerfileRuleTester } from "../helpers/dockerfile-rule-tester.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";

const message = (line: number) =>
  `This RUN follows another short RUN (line ${line}) with the same flags; join them with \`&&\` into one RUN to save a layer.`;

describe.each(ESLINT_VERSIONS)("no-consecutive-run on ESLint $version", ({ RuleTester, Linter }) => {
  dockerfileRuleTester(RuleTester).run("no-consecutive-run", rule as never, {
    valid: [
      "FROM debian:12\nRUN apt-get update && apt-get install -y curl\n",
      // Something in between.
      "FROM debian:12\nRUN apt-get update\nWORKDIR /app\nRUN make\n",
      // Different flags: the RUNs cannot simply merge.
      "FROM debian:12\nRUN --mount=type=secret,id=npmrc npm ci\nRUN npm run build\n",
      "FROM debian:12\nRUN --mount=type=cache,target=/a make a\nRUN --mount=type=cache,target=/b make b\n",
      // A RUN of three or more commands was split on purpose (hadolint DL3059).
      "FROM debian:12\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\nRUN curl -fsSLO https://example.com/x\n",
      "FROM debian:12\nRUN curl -fsSLO https://example.com/x\nRUN <<EOF\nset -e\ntar xf x\nmake install\nEOF\n",
      // Different stages; a RUN of this build next to an ONBUILD RUN of the child build.
      "FROM debian:12 AS a\nRUN make\nFROM debian:12\nRUN make\n",
      "FROM debian:12\nRUN make\nONBUILD RUN make install\n",
      "FROM debian:12\nONBUILD RUN make\nRUN make install\n",
      "FROM debian:12\nONBUILD RUN make\nONBUILD WORKDIR /app\nONBUILD RUN make install\n",
      // Windows shells are not parsed: the commands cannot be counted.
      "FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN dir\nRUN echo hi\n",
      "FROM openjdk:8-windowsservercore\nRUN mkdir \\app\nRUN powershell -Command Invoke-WebRequest https://example.com/a.jar -OutFile a.jar\n",
    ],
    invalid: [
      {
        // Each trigger makes a layer in the child image: reported at the inner RUN keyword.
        code: "FROM debian:12\nONBUILD RUN make\nONBUILD RUN make install\n",
        errors: [{ message: message(2), line: 3, column: 9, endLine: 3, endColumn: 12 }],
      },
      {
        code: "FROM debian:12\nRUN apt-get update\nRUN apt-get install -y curl\n",
        errors: [{ message: message(2), line: 3, column: 1, endLine: 3, endColumn: 4 }],
      },
      {
        // Comments in between do not separate them (as in hadolint); exec form counts as one command; same flags.
        code: 'FROM debian:12\nRUN --mount=type=cache,target=/root/.npm npm ci\n# build\nRUN --mount=type=cache,target=/root/.npm npm run build\nRUN ["make", "install"]\nrun set -eux; \\\n    make check\n',
        errors: [
          { message: message(2), line: 4, column: 1 },
          { message: message(5), line: 6, column: 1, endColumn: 4 },
        ],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "no-consecutive-run", fence: "dockerfile", language: "containers/dockerfile", filename: "Dockerfile" });
  });
});
