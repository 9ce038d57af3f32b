import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Linter as LinterType } from "eslint";
import yml from "eslint-plugin-yml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { COMPOSE_FILES } from "../../src/configs/files.js";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";
import { plugin, pluginForConfig } from "../helpers/plugin.js";

const PRIVILEGED = "containers/compose-no-privileged";

/** Two privileged services, so one disable comment provably silences only its own target. */
const composeConfig = (rules: LinterType.RulesRecord = { [PRIVILEGED]: "error" }): LinterType.Config[] => [
  { files: ["**/*.yaml"], plugins: { containers: pluginForConfig }, language: "containers/compose", rules },
];

describe.each(ESLINT_VERSIONS)("the compose language on ESLint $version", ({ version, ESLint, Linter }) => {
  const lint = (code: string, config = composeConfig(), options?: LinterType.LintOptions) =>
    new Linter().verify(code, config, { filename: "compose.yaml", ...options });
  const reportedLines = (code: string) => lint(code).map((m) => [m.ruleId, m.line]);

  describe("inline config comments", () => {
    it("reports both services without comments (the baseline the other cases change)", () => {
      const code = "services:\n  a:\n    privileged: true\n  b:\n    privileged: true\n";
      expect(reportedLines(code)).toEqual([
        [PRIVILEGED, 3],
        [PRIVILEGED, 5],
      ]);
    });

    it("# eslint-disable ... # eslint-enable silences the lines between", () => {
      const code = [
        "services:",
        "  a:",
        "    # eslint-disable containers/compose-no-privileged -- needs nested Docker",
        "    privileged: true",
        "    # eslint-enable containers/compose-no-privileged",
        "  b:",
        "    privileged: true",
        "",
      ].join("\n");
      expect(reportedLines(code)).toEqual([[PRIVILEGED, 7]]);
    });

    it("# eslint-disable-next-line silences the next line only", () => {
      const code = "services:\n  a:\n    # eslint-disable-next-line containers/compose-no-privileged\n    privileged: true\n  b:\n    privileged: true\n";
      expect(reportedLines(code)).toEqual([[PRIVILEGED, 6]]);
    });

    it("# eslint-disable-line silences its own line only", () => {
      const code = "services:\n  a:\n    privileged: true # eslint-disable-line containers/compose-no-privileged\n  b:\n    privileged: true\n";
      expect(reportedLines(code)).toEqual([[PRIVILEGED, 5]]);
    });

    it("# eslint containers/<rule>: off turns the rule off for the file", () => {
      const code = "# eslint containers/compose-no-privileged: off\nservices:\n  a:\n    privileged: true\n";
      expect(lint(code)).toEqual([]);
    });

    it("# eslint containers/<rule>: error turns a rule on for the file", () => {
      const code = "# eslint containers/compose-no-version: error\nversion: '3'\nservices: {}\n";
      expect(lint(code, composeConfig({})).map((m) => [m.ruleId, m.line])).toEqual([["containers/compose-no-version", 2]]);
    });

    it("reports a malformed inline config at its comment", () => {
      const messages = lint("services: {}\n# eslint containers/compose-no-privileged: [error\n");
      expect(messages).toHaveLength(1);
      expect(messages[0]).toMatchObject({ ruleId: null, line: 2, column: 1 });
      expect(messages[0].message).toMatch(/^Failed to parse JSON from/u);
    });

    it("reports an unused disable directive at its comment", () => {
      const code = "services:\n  a:\n    image: nginx:1.27 # eslint-disable-line containers/compose-no-privileged\n";
      const messages = lint(code, [...composeConfig(), { linterOptions: { reportUnusedDisableDirectives: "error" } }]);
      expect(messages).toHaveLength(1);
      expect(messages[0]).toMatchObject({ ruleId: null, line: 3, column: 23 });
      expect(messages[0].message).toMatch(/^Unused eslint-disable directive/u);
    });

    it("leaves ordinary comments alone", () => {
      expect(lint("# eslintrc is not a directive\n# eslint-plugin-containers\nservices: {}\n")).toEqual([]);
    });
  });

  describe("parse errors", () => {
    it.each([
      ["a mis-indented key", "services:\n  web:\n    image: nginx\n   ports: []\n", "All mapping items must start at the same column", 4, 1],
      ["a nested compact mapping", "services: web: {}\n", "Nested mappings are not allowed in compact mappings", 1, 11],
      ["an unterminated string", 'services:\n  web:\n    image: "nginx\n', 'Missing closing "quote', 4, 1],
      // Duplicate keys: at the second key, in block and flow mappings, keys compared by value
      // (`1` and `0x1` are both the number 1), the first duplicate before a later syntax error.
      ["a duplicate service", "services:\n  web:\n    image: a\n  db:\n    image: b\n  web:\n    image: c\n", "Map keys must be unique", 6, 3],
      ["a duplicate key in a flow mapping", "services: {web: {image: a}, db: {image: b, image: c}}\n", "Map keys must be unique", 1, 44],
      ["a duplicate numeric key", 'services:\n  web:\n    image: a\n    labels:\n      1: a\n      "1": b\n      0x1: c\n', "Map keys must be unique", 7, 7],
      ["a duplicate key before a syntax error", "services:\n  web:\n    image: a\n    image: b\n  db: [\n", "Map keys must be unique", 4, 5],
      ["a duplicate key in a later service of many", `services:\n${Array.from({ length: 3000 }, (_, i) => `  s${i}:\n    image: a\n`).join("")}  s1500:\n    image: b\n`, "Map keys must be unique", 6002, 3],
    ])("reports %s as a parsing error with its 1-based line and column", (_name, code, message, line, column) => {
      const messages = lint(code);
      expect(messages).toHaveLength(1);
      expect(messages[0]).toMatchObject({ ruleId: null, fatal: true, severity: 2, message: `Parsing error: ${message}`, line, column });
    });

    it.each([
      ["a string and a number", 'x-labels:\n  1: a\n  "1": b\n'],
      ["two .nan keys (NaN is not equal to itself)", "x-values:\n  .nan: 1\n  .nan: 2\n"],
      ["two complex keys", "x-keys:\n  ? [a]\n  : 1\n  ? [a]\n  : 2\n"],
      ["the same key in two mappings", "services:\n  web:\n    image: a\n  db:\n    image: a\n"],
    ])("does not call %s duplicate keys", (_name, code) => {
      expect(lint(code)).toEqual([]);
    });
  });

  describe("yml/* rules from eslint-plugin-yml", () => {
    const code = [
      "services:",
      "  web:",
      '      image: "nginx"', // yml/indent (4 expected), yml/plain-scalar (needless quotes)
      "      privileged: true",
      "",
    ].join("\n");
    const config: LinterType.Config[] = [
      {
        files: ["**/*.yaml"],
        plugins: { containers: pluginForConfig, yml: yml as never },
        language: "containers/compose",
        rules: { [PRIVILEGED]: "error", "yml/indent": ["error", 2], "yml/plain-scalar": "error" },
      },
    ];

    it("run next to containers/* rules on the same compose file", async () => {
      const eslint = new ESLint({ overrideConfigFile: true, overrideConfig: config });
      const [result] = await eslint.lintText(code, { filePath: "compose.yaml" });
      expect(result.messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([
        ["yml/indent", 3, 1],
        ["yml/plain-scalar", 3, 14],
        ["yml/indent", 4, 1],
        [PRIVILEGED, 4, 19],
      ]);
    });

    it("fix the file with the token API our SourceCode provides", async () => {
      const eslint = new ESLint({ overrideConfigFile: true, overrideConfig: config, fix: true });
      const [result] = await eslint.lintText(code, { filePath: "compose.yaml" });
      expect(result.output).toBe("services:\n  web:\n    image: nginx\n    privileged: true\n");
      expect(result.messages.map((m) => m.ruleId)).toEqual([PRIVILEGED]);
    });

    it("obey disable comments like ours do", async () => {
      const eslint = new ESLint({ overrideConfigFile: true, overrideConfig: config });
      const disabled = `# eslint-disable yml/indent, yml/plain-scalar\n${code}`;
      const [result] = await eslint.lintText(disabled, { filePath: "compose.yaml" });
      expect(result.messages.map((m) => m.ruleId)).toEqual([PRIVILEGED]);
    });
  });

  describe("the shared configs' file globs", () => {
    let dir: string;
    const files = ["compose.yaml", "compose.override.yaml", "docker-compose.prod.yml", "docker-compose.yml", "other.yaml"];

    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), `compose-globs-v${version}-`));
      for (const file of files) writeFileSync(join(dir, file), "version: '3'\nservices: {}\n");
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it("lint compose.yaml, compose.override.yaml and docker-compose.*.yml as Compose, not other.yaml", async () => {
      const eslint = new ESLint({ cwd: dir, overrideConfigFile: true, overrideConfig: plugin.configs.recommended as never });
      const results = await eslint.lintFiles(["."]);
      const linted = results.map((r) => [r.filePath.slice(dir.length + 1), r.messages.map((m) => m.ruleId)]).sort();
      expect(linted).toEqual([
        ["compose.override.yaml", ["containers/compose-no-version"]],
        ["compose.yaml", ["containers/compose-no-version"]],
        ["docker-compose.prod.yml", ["containers/compose-no-version"]],
        ["docker-compose.yml", ["containers/compose-no-version"]],
      ]);
      expect(await eslint.calculateConfigForFile(join(dir, "other.yaml"))).toBeUndefined();
    });

    it("are the ones DESIGN.md lists", () => {
      expect(COMPOSE_FILES).toEqual([
        "**/compose.y?(a)ml",
        "**/compose.*.y?(a)ml",
        "**/docker-compose.y?(a)ml",
        "**/docker-compose.*.y?(a)ml",
      ]);
    });
  });
});
