import { describe, expect, it } from "vitest";
import { ESLINT_VERSIONS } from "../helpers/eslint-versions.js";
import { pluginForConfig } from "../helpers/plugin.js";

const RULES = {
  "containers/no-latest-tag": "error",
  "containers/pip-no-cache-dir": "error",
  "containers/prefer-exec-form": "error",
} as const;

describe.each(ESLINT_VERSIONS)("the Dockerfile language on ESLint $version", ({ Linter }) => {
  const lint = (code: string) =>
    new Linter().verify(
      code,
      [{ files: ["**/Dockerfile"], plugins: { containers: pluginForConfig }, language: "containers/dockerfile", rules: RULES }],
      "Dockerfile",
    );
  const findings = (code: string) => lint(code).map((m) => `${m.line}:${m.column} ${m.ruleId ?? "fatal"}`);

  it("reports all three rules on a plain file", () => {
    expect(findings("FROM python\nRUN pip install flask\nCMD python app.py\n")).toEqual([
      "1:6 containers/no-latest-tag",
      "2:5 containers/pip-no-cache-dir",
      "3:5 containers/prefer-exec-form",
    ]);
  });

  it("honours # eslint-disable-next-line for one rule on the next line only", () => {
    const code = "# eslint-disable-next-line containers/no-latest-tag\nFROM python\nFROM node\n";
    expect(findings(code)).toEqual(["3:6 containers/no-latest-tag"]);
  });

  it("honours # eslint-disable / # eslint-enable regions", () => {
    const code = [
      "FROM python:3.12",
      "# eslint-disable containers/pip-no-cache-dir -- the cache is mounted in CI",
      "RUN pip install a",
      "RUN pip install b",
      "# eslint-enable containers/pip-no-cache-dir",
      "RUN pip install c",
      "",
    ].join("\n");
    expect(findings(code)).toEqual(["6:5 containers/pip-no-cache-dir"]);
  });

  it("honours a bare # eslint-disable for every rule", () => {
    expect(findings("# eslint-disable\nFROM python\nCMD python app.py\n")).toEqual([]);
  });

  it("applies # eslint containers/<rule>: off and options from comments", () => {
    expect(findings("# eslint containers/no-latest-tag: off\nFROM python\n")).toEqual([]);
    const code = '# eslint containers/no-latest-tag: ["error", { "floatingTags": ["latest", "lts"] }]\nFROM node:lts\n';
    expect(findings(code)).toEqual(["2:6 containers/no-latest-tag"]);
  });

  it("reports a malformed inline config at its comment", () => {
    const messages = lint("FROM python:3.12\n# eslint containers/no-latest-tag: [error\n");
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ ruleId: null, line: 2, severity: 2 });
    expect(messages[0].message).toMatch(/Failed to parse JSON|Unexpected|Expected/u);
  });

  it("keeps Docker's parser directives working above ESLint comments", () => {
    const code =
      '# syntax=docker/dockerfile:1\n# escape=`\n# eslint-disable-next-line containers/no-latest-tag\nFROM python\nSHELL ["bash", "-c"]\nRUN pip install `\n  flask\n';
    // The backtick escape joins the continuation; SHELL makes the Windows-style file POSIX.
    expect(findings(code)).toEqual(["6:5 containers/pip-no-cache-dir"]);
    // Without a POSIX SHELL, a backtick-escape file runs cmd, whose commands are not parsed.
    expect(findings(code.replace('SHELL ["bash", "-c"]\n', ""))).toEqual([]);
  });

  it("keeps linting after syntax Docker rejects", () => {
    const code = "FROM python:3.12\nFROBNICATE all the things\nRUN <<EOF\npip install flask\n";
    expect(findings(code)).toEqual(["4:1 containers/pip-no-cache-dir"]);
  });

  it("lints CRLF files and files with a BOM with the same locations", () => {
    expect(findings("\uFEFFFROM python\r\nCMD python app.py\r\n")).toEqual([
      "1:6 containers/no-latest-tag",
      "2:5 containers/prefer-exec-form",
    ]);
  });

  it("lints an empty file and a file of comments without findings", () => {
    expect(lint("")).toEqual([]);
    expect(lint("# just a comment\n\n")).toEqual([]);
  });
});
