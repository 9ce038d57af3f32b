// Docker's `# check=skip=` directive (always honoured) and hadolint's / dclint's suppression
// comments (opt-in configs `migrate-hadolint` / `migrate-dclint`), through the ESLint class on
// ESLint 9 and 10 with the plugin's real configs.
import type { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";
import { plugin } from "../helpers/plugin.js";

const recommended = plugin.configs.recommended;
const strict = plugin.configs.strict;

describe.each(ESLINT_VERSIONS)("ESLint $version", ({ ESLint }) => {
  async function lint(text: string, filePath: string, config: Linter.Config[], fix = false) {
    const eslint = new ESLint({ cwd: "/tmp", overrideConfigFile: true, overrideConfig: config as never, fix });
    const [result] = await eslint.lintText(text, { filePath: `/tmp/${filePath}` });
    return result;
  }
  const summary = (messages: Linter.LintMessage[]) => messages.map((message) => `${message.line} ${message.ruleId ?? message.message}`);

  describe("# check=skip (Docker's parser directive)", () => {
    const BODY = "FROM node:latest AS Build\nCMD node server.js\n";

    it("without the directive, the rules of those checks report", async () => {
      const { messages } = await lint(BODY, "Dockerfile", recommended);
      expect(summary(messages)).toEqual(
        expect.arrayContaining(["1 containers/no-latest-tag", "2 containers/prefer-exec-form"]),
      );
    });

    it("skip=JSONArgsRecommended turns off prefer-exec-form for the file, nothing else", async () => {
      const { messages } = await lint(`# check=skip=JSONArgsRecommended\n${BODY}`, "Dockerfile", recommended);
      const rules = messages.map((message) => message.ruleId);
      expect(rules).not.toContain("containers/prefer-exec-form");
      expect(rules).toContain("containers/no-latest-tag");
    });

    it("check names are case-insensitive and may be listed with error=true", async () => {
      const { messages } = await lint(`# check=skip=jsonargsrecommended;error=true\n${BODY}`, "Dockerfile", recommended);
      expect(messages.map((message) => message.ruleId)).not.toContain("containers/prefer-exec-form");
    });

    it("skip=all turns off every rule that corresponds to a build check, and only those", async () => {
      const { messages } = await lint(`# syntax=docker/dockerfile:1\n# check=skip=all\n${BODY}`, "Dockerfile", recommended);
      const rules = messages.map((message) => message.ruleId);
      expect(rules).not.toContain("containers/prefer-exec-form");
      // no-latest-tag is hadolint's DL3007, not a build check: it still reports.
      expect(rules).toContain("containers/no-latest-tag");
      expect(messages.filter((message) => message.ruleId === null)).toEqual([]);
    });

    it("a # check= line after an instruction is a comment for Docker, and for us", async () => {
      const { messages } = await lint(`FROM node:22\n# check=skip=all\nCMD node server.js\n`, "Dockerfile", recommended);
      expect(messages.map((message) => message.ruleId)).toContain("containers/prefer-exec-form");
    });

    it("an # eslint comment for the same rule wins and is not rejected as a second configuration", async () => {
      const { messages } = await lint(
        `# check=skip=JSONArgsRecommended\n# eslint containers/prefer-exec-form: warn\n${BODY}`,
        "Dockerfile",
        recommended,
      );
      const execForm = messages.filter((message) => message.ruleId === "containers/prefer-exec-form");
      expect(execForm.map((message) => [message.line, message.severity])).toEqual([[4, 1]]);
      expect(messages.filter((message) => message.ruleId === null)).toEqual([]);
    });

    it("noInlineConfig disables it, as it disables # eslint comments", async () => {
      const eslint = new ESLint({
        cwd: "/tmp",
        overrideConfigFile: true,
        overrideConfig: [...recommended, { linterOptions: { noInlineConfig: true } }] as never,
      });
      const [result] = await eslint.lintText(`# check=skip=JSONArgsRecommended\n${BODY}`, { filePath: "/tmp/Dockerfile" });
      expect(result.messages.map((message) => message.ruleId)).toContain("containers/prefer-exec-form");
    });
  });

  describe("# hadolint ignore (configs['migrate-hadolint'])", () => {
    const config = [...recommended, ...plugin.configs["migrate-hadolint"]];
    const TEXT = [
      "FROM node:latest",
      "# hadolint ignore=DL3025",
      "CMD node \\",
      "  server.js",
      "ENTRYPOINT node other.js",
      "",
    ].join("\n");

    it("silences the rule of the DL code on every line of the next instruction only", async () => {
      const { messages } = await lint(TEXT, "Dockerfile", config);
      const execForm = messages.filter((message) => message.ruleId === "containers/prefer-exec-form");
      expect(execForm.map((message) => message.line)).toEqual([5]);
    });

    it("is ignored without the opt-in config", async () => {
      const { messages } = await lint(TEXT, "Dockerfile", recommended);
      const execForm = messages.filter((message) => message.ruleId === "containers/prefer-exec-form");
      expect(execForm.map((message) => message.line)).toEqual([3, 5]);
    });

    it("global ignore silences the codes in the whole file; several codes, any spacing", async () => {
      const { messages } = await lint(
        `# hadolint global ignore=DL3007, DL3025\n${TEXT}`,
        "Dockerfile",
        config,
      );
      const rules = messages.map((message) => message.ruleId);
      expect(rules).not.toContain("containers/prefer-exec-form");
      expect(rules).not.toContain("containers/no-latest-tag");
      expect(rules).toContain("containers/no-root-user");
    });

    it("--fix still applies the fixes of the messages it keeps", async () => {
      const text = "FROM python:3.12-slim\n# hadolint ignore=DL3042\nRUN pip install flask\nRUN pip install requests\n";
      const result = await lint(text, "Dockerfile", [...strict, ...plugin.configs["migrate-hadolint"]], true);
      expect(result.output).toBe(
        "FROM python:3.12-slim\n# hadolint ignore=DL3042\nRUN pip install flask\nRUN pip install --no-cache-dir requests\n",
      );
    });
  });

  describe("# dclint disable (configs['migrate-dclint'])", () => {
    const config = [...recommended, ...plugin.configs["migrate-dclint"]];
    const SERVICES = 'services:\n  web:\n    image: nginx:latest\n  db:\n    image: "postgres:latest"\n';

    it("disable-line at the end of a line and on the line before", async () => {
      const text = [
        'version: "3" # dclint disable-line no-version-field',
        "services:",
        "  web:",
        "    # dclint disable-line service-image-require-explicit-tag",
        "    image: nginx:latest",
        "  api:",
        "    image: node:latest",
        "",
      ].join("\n");
      const { messages } = await lint(text, "compose.yaml", config);
      expect(summary(messages.filter((message) => message.ruleId?.includes("version") || message.ruleId?.includes("latest")))).toEqual([
        "7 containers/no-latest-tag",
      ]);
      const without = await lint(text, "compose.yaml", recommended);
      expect(without.messages.map((message) => message.ruleId)).toContain("containers/compose-no-version");
    });

    it("disable <rule> on the first line covers the file; without names every rule", async () => {
      const named = await lint(`# dclint disable service-image-require-explicit-tag\n${SERVICES}`, "compose.yaml", config);
      expect(named.messages.map((message) => message.ruleId)).not.toContain("containers/no-latest-tag");
      const all = await lint(`---\n# dclint disable\n${SERVICES}`, "compose.yaml", config);
      expect(all.messages).toEqual([]);
    });

    it("disable-file skips the file; a disable comment that is not the first line does nothing", async () => {
      const skipped = await lint(`# dclint disable-file\n${SERVICES}`, "compose.yaml", config);
      expect(skipped.messages).toEqual([]);
      const late = await lint(`${SERVICES}# dclint disable\n`, "compose.yaml", config);
      expect(late.messages.map((message) => message.ruleId)).toContain("containers/no-latest-tag");
    });
  });
});
