import { describe } from "vitest";
import rule from "../../src/rules/add-remote-checksum.js";
import { dockerfileRuleTester } from "../helpers/dockerfile-rule-tester.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";

const message = (url: string) =>
  `ADD downloads '${url}' without \`--checksum\`, so whatever the server returns today goes into the image; add \`--checksum=sha256:<digest>\`.`;

describe.each(ESLINT_VERSIONS)("add-remote-checksum on ESLint $version", ({ RuleTester, Linter }) => {
  dockerfileRuleTester(RuleTester).run("add-remote-checksum", rule as never, {
    valid: [
      "FROM alpine:3.20\nADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/tool /usr/local/bin/tool\n",
      "FROM alpine:3.20\nADD app /app\n",
      // A Git repository is pinned by its ref.
      'FROM alpine:3.20\nADD "https://github.com/bats-core/bats-core.git#v1.11.0" /bats\n',
    ],
    invalid: [
      {
        code: "FROM alpine:3.20\nADD --chmod=755 https://example.com/tool /usr/local/bin/tool\n",
        errors: [{ message: message("https://example.com/tool"), line: 2, column: 17, endLine: 2, endColumn: 41 }],
      },
      {
        code: "FROM alpine:3.20\nONBUILD ADD http://example.com/a.tgz /opt/\n",
        errors: [{ message: message("http://example.com/a.tgz"), line: 2, column: 13 }],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "add-remote-checksum", fence: "dockerfile", language: "containers/dockerfile", filename: "Dockerfile" });
  });
});
