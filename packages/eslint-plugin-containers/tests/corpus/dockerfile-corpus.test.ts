/**
 * Every Dockerfile of the corpus, linted with every rule of the plugin that runs without
 * options, and fixed: zero crashes, fixes converge, and a fixed file still parses with the same
 * instructions and every comment the author wrote.
 */
import { parseDockerfile, type Program } from "dockerfile-eslint-parser";
import { Linter } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";
import { readCorpus } from "../helpers/corpus.js";
import { plugin, pluginForConfig } from "../helpers/plugin.js";

const dockerfileRules = Object.fromEntries(
  Object.entries(plugin.rules)
    .filter(([, rule]) => rule.meta.languages.includes("containers/dockerfile"))
    .map(([name]) => [`containers/${name}`, "error" as const]),
);
const config: Linter.Config[] = [
  { files: ["**/Dockerfile"], plugins: { containers: pluginForConfig }, language: "containers/dockerfile", rules: dockerfileRules },
];

/**
 * The instruction types of a file, in order. Fixes that replace an instruction on purpose count
 * as keeping it: `prefer-copy` turns ADD of local files into COPY, `no-maintainer` turns
 * MAINTAINER into the LABEL that replaces it.
 */
const normalized = (type: string) => (type === "DockerfileMaintainer" ? "DockerfileLabel" : type === "DockerfileAdd" ? "DockerfileCopy" : type);

function instructionKeywords(program: Program): string[] {
  const keywords: string[] = [];
  for (const node of program.body) {
    if (node.type === "DockerfileStage") keywords.push(...node.body.map((instruction) => normalized(instruction.type)));
    else if (node.type !== "DockerfileParserDirective") keywords.push(normalized(node.type));
  }
  return keywords;
}

describe("the Dockerfile corpus", () => {
  const files = readCorpus("dockerfiles");
  const linter = new Linter();
  const results: Array<{ name: string; messages: Linter.LintMessage[]; fixed: Linter.FixReport; crash?: string }> = [];

  beforeAll(() => {
    for (const { name, text } of files) {
      try {
        const messages = linter.verify(text, config, "Dockerfile");
        const fixed = linter.verifyAndFix(text, config, "Dockerfile");
        results.push({ name, messages, fixed });
      } catch (error) {
        results.push({ name, messages: [], fixed: { fixed: false, messages: [], output: text }, crash: String(error) });
      }
    }
  }, 300_000);

  it(`lints all ${files.length} files with ${Object.keys(dockerfileRules).length} rules and no crash or parsing error`, () => {
    expect(files.length).toBeGreaterThan(800);
    expect(results.filter((result) => result.crash).map((r) => `${r.name}: ${r.crash}`)).toEqual([]);
    const fatal = results.flatMap((r) => r.messages.filter((m) => m.fatal).map((m) => `${r.name}:${m.line}: ${m.message}`));
    expect(fatal).toEqual([]);
    // The rules do find things in real files (the sweep is not vacuous).
    expect(results.some((r) => r.messages.length > 0)).toBe(true);
  });

  it("converges: after --fix, no fixable problem is left", () => {
    const unconverged = results
      .filter((r) => r.fixed.messages.some((m) => m.fix))
      .map((r) => `${r.name}: ${r.fixed.messages.filter((m) => m.fix).map((m) => m.ruleId).join(", ")}`);
    expect(unconverged).toEqual([]);
  });

  it("leaves files that parse with the same instructions and every comment", () => {
    const broken: string[] = [];
    for (const result of results.filter((r) => r.fixed.fixed)) {
      const before = parseDockerfile(files.find((f) => f.name === result.name)!.text);
      const after = parseDockerfile(result.fixed.output);
      if (JSON.stringify(instructionKeywords(before)) !== JSON.stringify(instructionKeywords(after))) {
        broken.push(`${result.name}: instructions changed`);
      }
      const kept = new Set(after.comments.map((comment) => comment.value.trim()));
      const lost = before.comments.filter((comment) => !kept.has(comment.value.trim()));
      if (lost.length > 0) broken.push(`${result.name}: lost comment ${JSON.stringify(lost[0].value)}`);
    }
    expect(broken).toEqual([]);
    expect(results.filter((r) => r.fixed.fixed).length).toBeGreaterThan(0);
  });
});
