import { describe, expect, it } from "vitest";
import rule from "../../src/rules/compose-quoted-ports.js";
import { plugin } from "../helpers/plugin.js";
import { composeRuleTester } from "../helpers/compose-rule-tester.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";

const sexagesimal = (key: string, port: string, value: number) =>
  `Quote the ${key} entry ${port}: unquoted, a YAML 1.1 parser reads it as a base-60 number (${value}), not as ports.`;
const always = [{ always: true }];
const message = (key: string, port: string) =>
  `Quote the ${key} entry ${port}: unquoted, a YAML 1.1 parser can read a value like 22:22 as a base-60 number.`;

describe.each(ESLINT_VERSIONS)("compose-quoted-ports on ESLint $version", ({ RuleTester, Linter }) => {
  composeRuleTester(RuleTester).run("compose-quoted-ports", rule as never, {
    valid: [
      'services:\n  web:\n    ports:\n      - "8080:80"\n      - \'443:443\'\n    expose:\n      - "3000"\n',
      // Long syntax is a mapping: nothing to misread.
      "services:\n  web:\n    ports:\n      - target: 80\n        published: 8080\n",
      'services:\n  web:\n    ports: ["127.0.0.1:8080:80"]\n',
      // Ports outside a service are not Compose ports.
      "x-ports:\n  - 22:22\nservices: {}\n",
      // By default only what YAML 1.1 misreads: 80 > 59, so 8080:80 is no base-60 number.
      "services:\n  web:\n    ports:\n      - 8080:80\n      - 127.0.0.1:2222:22\n      - 5432\n    expose: [3000]\n",
    ],
    invalid: [
      {
        code: "services:\n  web:\n    ports:\n      - 8080:80\n      - 22:22 # ssh\n      - 3306:33\n",
        output: 'services:\n  web:\n    ports:\n      - 8080:80\n      - "22:22" # ssh\n      - "3306:33"\n',
        errors: [
          { message: sexagesimal("ports", "22:22", 1342), line: 5, column: 9, endLine: 5, endColumn: 14 },
          { message: sexagesimal("ports", "3306:33", 198393), line: 6, column: 9, endLine: 6, endColumn: 16 },
        ],
      },
      {
        // `always` quotes every entry (dclint's style; the `stylistic` config turns it on).
        code: "services:\n  web:\n    ports:\n      - 8080:80\n      - 22:22 # ssh\n",
        options: always,
        output: 'services:\n  web:\n    ports:\n      - "8080:80"\n      - "22:22" # ssh\n',
        errors: [
          { message: message("ports", "8080:80"), line: 4, column: 9, endLine: 4, endColumn: 16 },
          { message: sexagesimal("ports", "22:22", 1342), line: 5, column: 9, endLine: 5, endColumn: 14 },
        ],
      },
      {
        code: "services:\n  api:\n    expose: [3000, '9229']\n",
        options: always,
        output: "services:\n  api:\n    expose: [\"3000\", '9229']\n",
        errors: [{ message: message("expose", "3000"), line: 3, column: 14, endLine: 3, endColumn: 18 }],
      },
      {
        // A list shared through an anchor is reported and fixed once, where it is written.
        code: "services:\n  a:\n    ports: &ports\n      - 80:80\n  b:\n    ports: *ports\n",
        options: always,
        output: 'services:\n  a:\n    ports: &ports\n      - "80:80"\n  b:\n    ports: *ports\n',
        errors: [{ message: message("ports", "80:80"), line: 4, column: 9, endLine: 4, endColumn: 14 }],
      },
      {
        // A backslash would become an escape inside double quotes: report without a fix.
        code: "services:\n  a:\n    ports:\n      - 80\\:80\n",
        options: always,
        output: null,
        errors: [{ message: message("ports", "80\\:80"), line: 4, column: 9, endLine: 4, endColumn: 15 }],
      },
    ],
  });

  it("is on with `always` in the stylistic config, with the default in recommended", () => {
    const rules = (name: "recommended" | "stylistic") =>
      plugin.configs[name].find((config) => config.language === "containers/compose")?.rules ?? {};
    expect(rules("stylistic")["containers/compose-quoted-ports"]).toEqual(["error", { always: true }]);
    expect(rules("recommended")["containers/compose-quoted-ports"]).toBe("error");
    const dockerfile = plugin.configs.stylistic.find((config) => config.language === "containers/dockerfile")?.rules ?? {};
    expect(dockerfile["containers/compose-quoted-ports"]).toBeUndefined();
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "compose-quoted-ports", fence: "yaml", language: "containers/compose", filename: "compose.yaml" });
  });
});
