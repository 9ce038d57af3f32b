import { describe } from "vitest";
import rule from "../../src/rules/valid-copy-from.js";
import { dockerfileRuleTester } from "../helpers/dockerfile-rule-tester.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";

const self = (name: string) =>
  `\`COPY --from=${name}\` names the stage it is in; a stage cannot copy from itself. Copy from an earlier stage, or use a plain COPY from the build context.`;
const laterIndex = (name: string, index: number) =>
  `\`COPY --from=${name}\` names stage ${name}, which is not an earlier stage (this is stage ${index}); name an earlier stage, preferably by its name.`;
const unknown = (name: string, suggestion: string) =>
  `\`COPY --from=${name}\` names no stage, so Docker pulls an image called '${name}'; did you mean the stage '${suggestion}'?`;

describe.each(ESLINT_VERSIONS)("valid-copy-from on ESLint $version", ({ RuleTester, Linter }) => {
  dockerfileRuleTester(RuleTester).run("valid-copy-from", rule as never, {
    valid: [
      "FROM golang:1.23 AS build\nFROM alpine:3.20\nCOPY --from=build /app /app\nCOPY --from=BUILD /app /app2\nCOPY --from=0 /app /app3\n",
      // Images, by any name.
      "FROM alpine:3.20\nCOPY --from=nginx:1.27 /etc/nginx /etc/nginx\nCOPY --from=ghcr.io/org/tools /bin/t /bin/t\n",
      // A named build context (`--build-context deps=...`) is not knowable from the file.
      "FROM golang:1.23 AS build\nFROM alpine:3.20\nCOPY --from=deps /x /x\n",
      // Variables are decided by the build.
      "FROM alpine:3.20 AS a\nCOPY --from=$SRC /x /x\n",
      // Inside ONBUILD, --from names a stage of the Dockerfile built FROM this image.
      "FROM alpine:3.20 AS base\nONBUILD COPY --from=base /x /x\n",
    ],
    invalid: [
      {
        code: "FROM golang:1.23 AS build\nCOPY --from=build /src /src\n",
        errors: [{ message: self("build"), line: 2, column: 13, endLine: 2, endColumn: 18 }],
      },
      {
        code: "FROM golang:1.23 AS build\nFROM alpine:3.20\nCOPY --from=1 /app /app\nCOPY --from=2 /app /app\n",
        errors: [
          { message: laterIndex("1", 1), line: 3, column: 13 },
          { message: laterIndex("2", 1), line: 4, column: 13 },
        ],
      },
      {
        code: "FROM golang:1.23 AS builder\nFROM alpine:3.20\nCOPY --link --from=buidler /app /app\n",
        errors: [{ message: unknown("buidler", "builder"), line: 3, column: 20, endLine: 3, endColumn: 27 }],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "valid-copy-from", fence: "dockerfile", language: "containers/dockerfile", filename: "Dockerfile" });
  });
});
