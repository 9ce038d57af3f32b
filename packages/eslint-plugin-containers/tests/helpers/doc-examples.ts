/**
 * Checks the examples of a rule's doc page: every fenced block (of the given fence language)
 * under a `## Incorrect` heading must get at least one report from the rule, every block under
 * `## Correct` none, and the page must have at least one of each.
 *
 *   describe.each(ESLINT_VERSIONS)("ESLint $version", ({ Linter }) => {
 *     testDocExamples({ Linter, ruleName: "compose-no-version", fence: "yaml",
 *       language: "containers/compose", filename: "compose.yaml" });
 *   });
 *
 * Examples that need options put them in a `# eslint containers/<rule>: [...]` comment. A rule
 * whose page has Compose and Kubernetes examples marks the latter ```yaml kubernetes.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Linter as LinterClass } from "eslint";
import { expect, it } from "vitest";
import { pluginForConfig } from "./plugin.js";

export const DOCS_RULES_DIR = fileURLToPath(new URL("../../../../docs/rules/", import.meta.url));

export interface DocExamples {
  incorrect: string[];
  correct: string[];
}

/** The fenced `fence` blocks under the `## Incorrect` and `## Correct` headings of a page. */
export function extractDocExamples(markdown: string, fence: string): DocExamples {
  const examples: DocExamples = { incorrect: [], correct: [] };
  let section: keyof DocExamples | null = null;
  // The open fence, if any; `keep` is false for fences of another language or section.
  let open: { keep: boolean; lines: string[] } | null = null;
  for (const line of markdown.split(/\r?\n/u)) {
    if (open) {
      if (!/^```\s*$/u.test(line)) open.lines.push(line);
      else {
        if (open.keep && section) examples[section].push(`${open.lines.join("\n")}\n`);
        open = null;
      }
      continue;
    }
    // The info string's words: ```yaml for Compose examples, ```yaml kubernetes for manifests.
    const fenceStart = /^```(\S*(?:[ \t]+\S+)*)/u.exec(line);
    if (fenceStart) {
      open = { keep: fenceStart[1].split(/\s+/u).join(" ") === fence, lines: [] };
      continue;
    }
    const heading = /^##\s+(.*?)\s*$/u.exec(line);
    if (heading) {
      const title = heading[1].toLowerCase();
      section = title === "incorrect" ? "incorrect" : title === "correct" ? "correct" : null;
    }
  }
  return examples;
}

export interface DocExamplesOptions {
  Linter: typeof LinterClass;
  ruleName: string;
  /** The fence language of the examples: `yaml`, `dockerfile`... */
  fence: string;
  /** The plugin language the examples are linted as, e.g. `containers/compose`. */
  language: string;
  /** The file name the examples are linted under. */
  filename: string;
}

/** Registers one vitest test per example of `docs/rules/<ruleName>.md`. */
export function testDocExamples({ Linter, ruleName, fence, language, filename }: DocExamplesOptions): void {
  const markdown = readFileSync(`${DOCS_RULES_DIR}${ruleName}.md`, "utf8");
  const examples = extractDocExamples(markdown, fence);
  const ruleId = `containers/${ruleName}`;
  const lint = (code: string) =>
    new Linter().verify(
      code,
      [{ files: ["**"], plugins: { containers: pluginForConfig }, language, rules: { [ruleId]: "error" } }],
      filename,
    );

  it(`docs/rules/${ruleName}.md has incorrect and correct ${fence} examples`, () => {
    expect(examples.incorrect.length).toBeGreaterThan(0);
    expect(examples.correct.length).toBeGreaterThan(0);
  });
  for (const [index, code] of examples.incorrect.entries()) {
    it(`incorrect example ${index + 1} is reported`, () => {
      const messages = lint(code);
      expect(messages.filter((m) => m.fatal)).toEqual([]);
      expect(messages.filter((m) => m.ruleId === ruleId).length).toBeGreaterThan(0);
    });
  }
  for (const [index, code] of examples.correct.entries()) {
    it(`correct example ${index + 1} is not reported`, () => {
      expect(lint(code)).toEqual([]);
    });
  }
}
