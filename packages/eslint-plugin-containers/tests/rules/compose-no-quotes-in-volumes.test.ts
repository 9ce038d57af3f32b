import { describe, expect, it } from "vitest";
import rule from "../../src/rules/compose-no-quotes-in-volumes.js";
import { canBePlainScalar } from "../../src/utils/compose/index.js";
import { composeRuleTester } from "../helpers/compose-rule-tester.js";
import { testDocExamples } from "../helpers/doc-examples.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";

const message = (volume: string) =>
  `Remove the quotes around the volume ${volume}: the value reads the same without them.`;
const service = (volumes: string) => `services:\n  app:\n    image: nginx:1.27\n    volumes:\n${volumes}`;

describe("canBePlainScalar", () => {
  it("accepts ordinary mount specs", () => {
    for (const value of ["./data:/data", "/var/run/docker.sock:/var/run/docker.sock:ro", "~/x:/y", "C:\\data:/data", "${HOME}/.ssh:/root/.ssh:ro", "a#b:/c", "-a"]) {
      expect(canBePlainScalar(value, "block"), value).toBe(true);
    }
  });
  it("refuses values that need their quotes", () => {
    for (const value of ["a: b", "x #y", "*a", "&a", "!a", "{a", "[a", "|a", ">a", "%a", "@a", "`a", "- a", "? a", "a:", "", " a", "a ", "a\tb", "a\nb"]) {
      expect(canBePlainScalar(value, "block"), value).toBe(false);
    }
  });
  it("refuses values that would change type in YAML 1.2 or 1.1", () => {
    for (const value of ["yes", "on", "off", "null", "~", "true", "8080", "1:20", "0x1F", "1e3", ".inf", "2024-01-01", "2024-1-1 10:00:00"]) {
      expect(canBePlainScalar(value, "block"), value).toBe(false);
    }
  });
  it("is stricter in flow lists", () => {
    expect(canBePlainScalar("./data:/data", "flow")).toBe(false);
    expect(canBePlainScalar("a,b", "flow")).toBe(false);
    expect(canBePlainScalar("a,b", "block")).toBe(true);
    expect(canBePlainScalar("data", "flow")).toBe(true);
  });
});

describe.each(ESLINT_VERSIONS)("compose-no-quotes-in-volumes on ESLint $version", ({ RuleTester, Linter }) => {
  composeRuleTester(RuleTester).run("compose-no-quotes-in-volumes", rule as never, {
    valid: [
      service("      - ./data:/data\n      - logs:/var/log\n"),
      // Quotes that are needed.
      service('      - "./notes #1:/notes"\n      - "a: b"\n      - "*star:/x"\n      - "8080"\n      - "yes"\n      - " ./lead:/x"\n'),
      // Flow lists keep quotes around anything with `:`.
      'services:\n  app:\n    volumes: ["./a:/a"]\n',
      // Long syntax, tags, aliases and multi-line quoted strings are left alone.
      service('      - type: bind\n        source: "./data"\n        target: /data\n      - !!str "./a:/a"\n'),
      'x-v: &v "./a:/a"\nservices:\n  app:\n    volumes:\n      - *v\n',
      service('      - "./very/long/path:\n        /data"\n'),
      // Not a service's volumes.
      'volumes:\n  "data": {}\nservices:\n  app:\n    environment:\n      - "A=1"\n',
    ],
    invalid: [
      {
        code: service("      - \"./html:/usr/share/nginx/html:ro\" # site\n      - 'logs:/var/log/nginx'\n"),
        output: service("      - ./html:/usr/share/nginx/html:ro # site\n      - logs:/var/log/nginx\n"),
        errors: [
          { message: message('"./html:/usr/share/nginx/html:ro"'), line: 5, column: 9, endLine: 5, endColumn: 42 },
          { message: message("'logs:/var/log/nginx'"), line: 6, column: 9, endLine: 6, endColumn: 30 },
        ],
      },
      {
        // Escapes become the characters they stand for; an anchor stays.
        code: service('      - &win "C:\\\\data:/data"\n'),
        output: service("      - &win C:\\data:/data\n"),
        errors: [{ message: message('"C:\\\\data:/data"'), line: 5, column: 14 }],
      },
      {
        // A flow list without `:` in the value; a list shared by an alias is reported once.
        code: "services:\n  a:\n    volumes: &v ['data']\n  b:\n    volumes: *v\n",
        output: "services:\n  a:\n    volumes: &v [data]\n  b:\n    volumes: *v\n",
        errors: [{ message: message("'data'"), line: 3, column: 18 }],
      },
    ],
  });

  describe("doc examples", () => {
    testDocExamples({ Linter, ruleName: "compose-no-quotes-in-volumes", fence: "yaml", language: "containers/compose", filename: "compose.yaml" });
  });
});
