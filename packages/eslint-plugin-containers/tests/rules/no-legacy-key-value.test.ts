import { describe } from "vitest";
import rule from "../../src/rules/no-legacy-key-value.js";
import { dockerfileRuleTester } from "../helpers/dockerfile-rule-tester.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";

const message = (keyword: string, key: string) =>
  `\`${keyword} ${key} ...\` is the legacy form, which takes the rest of the line as the value; write \`${keyword} ${key}=...\`.`;

describe.each(ESLINT_VERSIONS)("no-legacy-key-value on ESLint $version", ({ RuleTester, Linter }) => {
  dockerfileRuleTester(RuleTester).run("no-legacy-key-value", rule as never, {
    valid: [
      "FROM alpine\nENV A=1 B=2\nLABEL a=b\n",
      'FROM alpine\nENV A="value with spaces"\n',
      "FROM alpine\nARG A B C\n",
      'FROM alpine\nENV A="x y" B=\'$C\' D=x\\ y\n',
    ],
    invalid: [
      {
        code: "FROM alpine\nENV NODE_ENV production\n",
        output: "FROM alpine\nENV NODE_ENV=production\n",
        errors: [{ message: message("ENV", "NODE_ENV"), line: 2, column: 5, endLine: 2, endColumn: 24 }],
      },
      {
        // Several words: quoted, spaces kept, `$` still expands inside double quotes.
        code: "FROM alpine\nENV PATH /opt/bin:$PATH\nENV GPG_KEYS  A1 B2   C3\n",
        output: 'FROM alpine\nENV PATH=/opt/bin:$PATH\nENV GPG_KEYS="A1 B2   C3"\n',
        errors: [
          { message: message("ENV", "PATH"), line: 2, column: 5 },
          { message: message("ENV", "GPG_KEYS"), line: 3, column: 5 },
        ],
      },
      {
        // One quoted word keeps its quotes after `=`.
        code: 'FROM alpine\nLABEL description "a b"\nONBUILD ENV A \'x $y\'\n',
        output: 'FROM alpine\nLABEL description="a b"\nONBUILD ENV A=\'x $y\'\n',
        errors: [
          { message: message("LABEL", "description"), line: 2, column: 7 },
          { message: message("ENV", "A"), line: 3, column: 13 },
        ],
      },
      {
        // Escapes: an escaped character stands for itself; inside double quotes only `"`, `$` and
        // the escape character keep their escape.
        code: "FROM alpine\nENV B x\\ y \\$HOME \\\\z \\q\n",
        output: 'FROM alpine\nENV B="x y \\$HOME \\\\z q"\n',
        errors: [{ message: message("ENV", "B"), line: 2, column: 5 }],
      },
      {
        code: "# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nENV JAVA_HOME C:\\Program Files\\Java `$x\n",
        output: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nENV JAVA_HOME="C:\\Program Files\\Java `$x"\n',
        errors: [{ message: message("ENV", "JAVA_HOME"), line: 3, column: 5 }],
      },
      {
        // Several words with quotes, or over continuation lines: no safe fix.
        code: "FROM alpine\nENV A x \"y z\"\nENV C x \\\n  y\n",
        output: null,
        errors: [
          { message: message("ENV", "A"), line: 2 },
          { message: message("ENV", "C"), line: 3, endLine: 4 },
        ],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "no-legacy-key-value", fence: "dockerfile", language: "containers/dockerfile", filename: "Dockerfile" });
  });
});
