/**
 * Robustness under hostile input, for every language of the plugin with every one of its rules on
 * and --fix: random text and mutated corpus files (truncation, deleted or duplicated lines,
 * flipped quotes, stray backslashes and heredoc markers, CRLF, a BOM, very long lines, NUL,
 * invalid UTF-8). Expected: nothing throws; the only fatal message is a located parsing error;
 * every node's range lies within the text; --fix converges in one run, leaves a file that
 * parses and keeps every comment.
 *
 * CI runs a fixed seed (tests/setup/fast-check.ts) and a few hundred cases per language;
 * `HOSTILE_RUNS=5000` runs more.
 */
import fc from "fast-check";
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import { readCorpus } from "../helpers/corpus.js";
import { plugin, pluginForConfig } from "../helpers/plugin.js";

const RUNS = Number(process.env.HOSTILE_RUNS ?? 100);

interface LanguageCase {
  language: string;
  fileName: string;
  samples: string[];
}

/** Every fourth (or so) corpus file, to keep the run short; plus small hand-written ones. */
function sample(kind: "dockerfiles" | "compose" | "kubernetes", count: number): string[] {
  const files = readCorpus(kind);
  const step = Math.max(1, Math.floor(files.length / count));
  return files.filter((_, index) => index % step === 0).map((file) => file.text.slice(0, 6_000));
}

const LANGUAGES: LanguageCase[] = [
  { language: "dockerfile", fileName: "hostile/Dockerfile", samples: sample("dockerfiles", 40) },
  { language: "compose", fileName: "hostile/compose.yaml", samples: sample("compose", 30) },
  { language: "kubernetes", fileName: "hostile/k8s/deployment.yaml", samples: sample("kubernetes", 30) },
  {
    language: "dockerignore",
    fileName: "hostile/.dockerignore",
    samples: ["node_modules\n.git\n!keep\n# comment\n**/*.log\n", "*\n!src/\n!package.json\n", "[a-\n\\\n!\n"],
  },
];

function configFor(language: string, fileName: string): Linter.Config[] {
  const rules = Object.entries(plugin.rules)
    .filter(([, rule]) => rule.meta.languages.includes(`containers/${language}`))
    .map(([name]) => [`containers/${name}`, "error" as const]);
  return [{ files: [`**/${fileName.split("/").pop()}`], plugins: { containers: pluginForConfig }, language: `containers/${language}`, rules: Object.fromEntries(rules) }];
}

type Mutation = (text: string, at: number, size: number) => string;

const lines = (text: string) => text.split(/(?<=\n)/u);
const MUTATIONS: Record<string, Mutation> = {
  truncate: (text, at) => text.slice(0, at % (text.length + 1)),
  deleteLine: (text, at) => {
    const all = lines(text);
    all.splice(at % Math.max(1, all.length), 1);
    return all.join("");
  },
  duplicateLine: (text, at) => {
    const all = lines(text);
    const index = at % Math.max(1, all.length);
    all.splice(index, 0, all[index] ?? "");
    return all.join("");
  },
  flipQuote: (text, at) => {
    const quotes = [...text.matchAll(/["']/gu)];
    if (quotes.length === 0) return `${text}"`;
    const { index, 0: quote } = quotes[at % quotes.length];
    return text.slice(0, index) + (quote === '"' ? "'" : '"') + text.slice(index + 1);
  },
  insert: (text, at, size) => {
    const junk = ["\\", "\\\n", "<<EOF", "<<-'X'\n", "`", "${", "$(", "\0", "\uFFFD", "\uD800", "\r", ": ", "- ", "&a ", "*a", "{", "["][size % 17];
    const index = at % (text.length + 1);
    return text.slice(0, index) + junk + text.slice(index);
  },
  crlf: (text) => text.replace(/\r?\n/gu, "\r\n"),
  bom: (text) => `\uFEFF${text}`,
  longLine: (text, at, size) => {
    const index = at % (text.length + 1);
    return text.slice(0, index) + "a \\ $x ' ".repeat(500 + size * 20) + text.slice(index);
  },
  invalidUtf8: (text, at) => {
    // Bytes that are not UTF-8, decoded the way ESLint reads a file (U+FFFD replacements).
    const index = at % (text.length + 1);
    return text.slice(0, index) + Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0xa0]).toString("utf8") + text.slice(index);
  },
};

const mutated = (samples: string[]) =>
  fc
    .tuple(
      fc.constantFrom(...samples),
      fc.array(fc.tuple(fc.constantFrom(...Object.keys(MUTATIONS)), fc.nat(), fc.nat({ max: 100 })), { minLength: 1, maxLength: 4 }),
    )
    .map(([text, steps]) => steps.reduce((current, [name, at, size]) => MUTATIONS[name](current, at, size), text));

const randomText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.array(fc.constantFrom("FROM a", "RUN x", "\\", "\n", "\r\n", " ", "#", "<<EOF", "EOF", "services:", "  a:", "    image: x", "- ", "'", '"', "{", "}", "[", "]", ":", "&x", "*x", "\0"), { maxLength: 60 }).map((parts) => parts.join("")),
);

interface Ranged {
  type: string;
  range?: [number, number];
}

/** Every node (by visitor keys) lies within the text, and comments are kept apart. */
function checkRanges(linter: Linter, text: string): void {
  const sourceCode = linter.getSourceCode() as unknown as { ast: Ranged; visitorKeys: Record<string, string[]>; text: string };
  const length = sourceCode.text.length;
  const stack: Ranged[] = [sourceCode.ast];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.range) {
      expect(node.range[0], `${node.type} starts inside the text`).toBeGreaterThanOrEqual(0);
      expect(node.range[1], `${node.type} ends inside the text`).toBeLessThanOrEqual(length);
      expect(node.range[0], `${node.type} has a non-negative size`).toBeLessThanOrEqual(node.range[1]);
    }
    for (const key of sourceCode.visitorKeys[node.type] ?? []) {
      const value = (node as unknown as Record<string, unknown>)[key];
      for (const child of Array.isArray(value) ? value : [value]) {
        if (child && typeof child === "object" && typeof (child as Ranged).type === "string") stack.push(child as Ranged);
      }
    }
  }
  expect(length).toBeLessThanOrEqual(text.length);
}

function commentsOf(linter: Linter): string[] {
  const sourceCode = linter.getSourceCode() as unknown as { getAllComments?(): Array<{ value: string }> };
  return (sourceCode.getAllComments?.() ?? []).map((comment) => comment.value.trim()).filter(Boolean);
}

/** The only fatal message allowed is a parsing error with a line. */
function expectOnlyLocatedParsingErrors(messages: Linter.LintMessage[]): boolean {
  const fatal = messages.filter((message) => message.fatal);
  for (const message of fatal) {
    expect(message.ruleId).toBeNull();
    expect(message.message).toMatch(/^Parsing error/u);
    expect(message.line).toBeGreaterThanOrEqual(1);
  }
  return fatal.length > 0;
}

function lintAndFix(linter: Linter, config: Linter.Config[], fileName: string, text: string): void {
  const messages = linter.verify(text, config, fileName);
  if (expectOnlyLocatedParsingErrors(messages)) return;
  checkRanges(linter, text);
  const comments = commentsOf(linter);

  const fixed = linter.verifyAndFix(text, config, fileName);
  expect(fixed.messages.filter((message) => message.fatal), "the fixed file parses").toEqual([]);
  if (!fixed.fixed) return;
  linter.verify(fixed.output, config, fileName);
  const after = commentsOf(linter);
  for (const comment of comments) expect(after, "a fix kept every comment").toContain(comment);
  // Converged: a second --fix run changes nothing.
  expect(linter.verifyAndFix(fixed.output, config, fileName).output).toBe(fixed.output);
}

describe.each(LANGUAGES)("hostile input: $language with every rule and --fix", ({ language, fileName, samples }) => {
  const linter = new Linter();
  const config = configFor(language, fileName);

  it("has rules to run", () => {
    expect(Object.keys(config[0].rules ?? {}).length).toBeGreaterThan(0);
  });

  it("mutated real files", () => {
    fc.assert(fc.property(mutated(samples), (text) => lintAndFix(linter, config, fileName, text)), { numRuns: RUNS });
  });

  it("random text", () => {
    fc.assert(fc.property(randomText, (text) => lintAndFix(linter, config, fileName, text)), { numRuns: RUNS });
  });
});
