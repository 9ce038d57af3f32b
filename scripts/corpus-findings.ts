// Prints the findings of the given rules (or every rule of a language) on the corpus, for
// reading by hand: `npx tsx scripts/corpus-findings.ts kubernetes [rule ...]`.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { shellParserReady } from "../packages/dockerfile-eslint-parser/src/index.js";
import { Linter } from "eslint";
import plugin from "../packages/eslint-plugin-containers/src/index.js";

// The shell parser finishes loading a few microtasks after import; lint after it.
await shellParserReady;

const [language = "kubernetes", ...only] = process.argv.slice(2);
const folder = { kubernetes: "kubernetes", compose: "compose", dockerfile: "dockerfiles" }[language]!;
const corpus = path.resolve(import.meta.dirname, "../../shared/corpus");
const manifest = new Map(
  readFileSync(path.join(corpus, "MANIFEST.tsv"), "utf8")
    .split("\n")
    .slice(1)
    .map((line) => line.split("\t"))
    .map((cols) => [cols[0], cols[5]]),
);
const rules = Object.fromEntries(
  Object.entries(plugin.rules)
    .filter(([name, rule]) => rule.meta.languages.includes(`containers/${language}`) && (only.length === 0 || only.includes(name)))
    .map(([name]) => [`containers/${name}`, "error" as const]),
);
const linter = new Linter();
const counts = new Map<string, number>();
for (const name of readdirSync(path.join(corpus, folder)).sort()) {
  const text = readFileSync(path.join(corpus, folder, name), "utf8");
  const realPath = manifest.get(`${folder}/${name}`) ?? name;
  const messages = linter.verify(text, [{ files: ["**"], plugins: { containers: plugin as never }, language: `containers/${language}`, rules }], realPath);
  for (const message of messages) {
    counts.set(message.ruleId ?? "fatal", (counts.get(message.ruleId ?? "fatal") ?? 0) + 1);
    const line = text.split(/\r?\n/u)[message.line - 1]?.trim();
    console.log(`${name}:${message.line}:${message.column} ${message.ruleId} ${message.message}\n    | ${line}`);
  }
}
console.log("\nfindings per rule:");
for (const [rule, count] of [...counts].sort((a, b) => b[1] - a[1])) console.log(`${count}\t${rule}`);
