/**
 * Big and adversarial input, with every rule of the language on: 1 MB lines built to make a
 * backtracking regular expression explode (runs of blanks, `[`, `${`, capitals, quotes,
 * backslashes), and big files. They must finish without a crash; vitest's timeout is the only
 * bound (the bench, `pnpm bench --only big`, shows time is linear in size). To keep CI short it
 * uses 128 KB lines and 1 MB files; `ADVERSARIAL_KB=1024 BIG_FILE_MB=10` runs the full sizes
 * (1 MB lines, 10 MB files; a few minutes).
 */
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import { readCorpus } from "../helpers/corpus.js";
import { plugin, pluginForConfig } from "../helpers/plugin.js";

const BIG_MB = Number(process.env.BIG_FILE_MB ?? 1);
const MB = 2 ** 20;
/** The length of the adversarial lines. */
const LINE = Number(process.env.ADVERSARIAL_KB ?? 128) * 1024;

function configFor(language: string, glob: string): Linter.Config[] {
  const rules = Object.fromEntries(
    Object.entries(plugin.rules)
      .filter(([, rule]) => rule.meta.languages.includes(`containers/${language}`))
      .map(([name]) => [`containers/${name}`, "error" as const]),
  );
  return [{ files: [glob], plugins: { containers: pluginForConfig }, language: `containers/${language}`, rules }];
}

const LANGUAGES = {
  dockerfile: { config: configFor("dockerfile", "**/Dockerfile"), file: "big/Dockerfile" },
  compose: { config: configFor("compose", "**/compose.yaml"), file: "big/compose.yaml" },
  kubernetes: { config: configFor("kubernetes", "**/k8s/*.yaml"), file: "big/k8s/pod.yaml" },
  dockerignore: { config: configFor("dockerignore", "**/.dockerignore"), file: "big/.dockerignore" },
};

function lint(language: keyof typeof LANGUAGES, text: string): Linter.LintMessage[] {
  const { config, file } = LANGUAGES[language];
  const messages = new Linter().verify(text, config, file);
  for (const message of messages.filter((m) => m.fatal)) expect(message.message).toMatch(/^Parsing error/u);
  return messages;
}

/** Strings that make a naive pattern rescan or backtrack. */
const ADVERSARIAL = [
  " ".repeat(LINE),
  "\t ".repeat(LINE / 2) + "x",
  "[".repeat(LINE),
  "${".repeat(LINE / 2),
  "$(".repeat(LINE / 2),
  "A".repeat(LINE) + "!",
  "aB".repeat(LINE / 2),
  '"'.repeat(LINE),
  "\\".repeat(LINE),
  "a=".repeat(LINE / 2),
  "-".repeat(LINE),
  "1".repeat(LINE) + ":",
  "*".repeat(LINE),
];

/** Where an adversarial line goes: one place per file, rotating, so each kind of text meets each reader. */
const DOCKERFILE_PLACES = [
  (line: string) => `FROM alpine:3.20\nRUN ${line}\n`,
  (line: string) => `FROM alpine:3.20\nENV ${line}\n`,
  (line: string) => `FROM alpine:3.20\nLABEL a="${line}"\n`,
  (line: string) => `FROM alpine:3.20\nCMD ${line}\n`,
  (line: string) => `FROM ${line}\n# ${line}\n`,
];
const YAML_PLACES = [
  (quoted: string) => `services:\n  web:\n    image: ${quoted}\n`,
  (quoted: string) => `services:\n  web:\n    image: nginx:1.27\n    command: ${quoted}\n`,
  (quoted: string) => `services:\n  web:\n    image: nginx:1.27\n    environment: {API_KEY: ${quoted}}\n`,
  (quoted: string) => `services:\n  web:\n    image: nginx:1.27\n    ports: [${quoted}]\n`,
];

describe(`adversarial ${LINE / 1024} KB lines`, () => {
  it.each(ADVERSARIAL.map((line, index) => [index, line]))("Dockerfile line %i", (index, line) => {
    lint("dockerfile", DOCKERFILE_PLACES[index % DOCKERFILE_PLACES.length](line));
  });

  it.each(ADVERSARIAL.map((line, index) => [index, line]))("Compose, Kubernetes and .dockerignore line %i", (index, line) => {
    const quoted = JSON.stringify(line);
    lint("compose", `${YAML_PLACES[index % YAML_PLACES.length](quoted)}# ${line}\n`);
    lint("kubernetes", `apiVersion: v1\nkind: Pod\nmetadata: {name: ${quoted}}\nspec:\n  containers: [{name: c, image: nginx}]\n# Source: ${line}\n`);
    lint("dockerignore", `${line}\n`);
  });
});

describe(`big files (${BIG_MB} MB)`, () => {
  it("a Dockerfile made of corpus files", () => {
    const corpus = readCorpus("dockerfiles").map((file) => file.text).join("\n");
    let text = "";
    while (text.length < BIG_MB * MB) text += `${corpus}\n`;
    lint("dockerfile", text.slice(0, BIG_MB * MB));
  });

  it("a Compose file with many services", () => {
    const parts = ["services:\n"];
    let length = 0;
    for (let i = 0; length < BIG_MB * MB; i++) {
      const part = `  s${i}:\n    image: nginx:1.27\n    ports: ["${1000 + (i % 60000)}:80"]\n    environment:\n      KEY_${i}: value\n    depends_on: [s${i + 1}]\n`;
      parts.push(part);
      length += part.length;
    }
    expect(lint("compose", parts.join("")).filter((m) => m.fatal)).toEqual([]);
  });
});
