/**
 * The corpus has no .dockerignore files, so these are realistic ones of our own
 * (`tests/fixtures/dockerignore/`: the files Rails and Visual Studio generate, Node, Go allow-list,
 * Java, a monorepo, a CRLF Python file with mistakes, a broken one). Each is linted with every
 * .dockerignore rule (with the fixture's ecosystem) and fixed: no crash, the findings are the ones
 * read by hand below, fixes converge, and a fixed file keeps every comment and every line that
 * is not a removed repeat.
 */
import { readdirSync, readFileSync } from "node:fs";
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import { parseDockerignore } from "../../src/languages/dockerignore/parse.js";
import { plugin, pluginForConfig } from "../helpers/plugin.js";

const DIR = new URL("../fixtures/dockerignore/", import.meta.url);
const ECOSYSTEM: Record<string, string[]> = {
  "broken.dockerignore": ["python"],
  "dotnet.dockerignore": ["dotnet"],
  "go-allowlist.dockerignore": ["go"],
  "java.dockerignore": ["java"],
  "monorepo.dockerignore": ["node"],
  "node.dockerignore": ["node"],
  "python-crlf.dockerignore": ["python"],
  "rails.dockerignore": ["ruby"],
};

/** Read by hand: each is right (see the comments). */
const EXPECTED: Record<string, string[]> = {
  "broken.dockerignore": [
    // Python entries missing indeed.
    "1 dockerignore-required-entries",
    "4 dockerignore-valid-patterns", // logs/[0-9
    "5 dockerignore-valid-patterns", // lone !
    "7 dockerignore-no-duplicate-patterns", // *.swp twice
    "8 dockerignore-valid-patterns", // secrets\ (trailing escape)
    "9 dockerignore-no-ineffective-exceptions", // !README.md above *.md
  ],
  "dotnet.dockerignore": [],
  "go-allowlist.dockerignore": [],
  "java.dockerignore": [],
  "monorepo.dockerignore": [],
  "node.dockerignore": [],
  "python-crlf.dockerignore": [
    // `__pycache__ # bytecode` is not `__pycache__`: both reports are right.
    "1 dockerignore-required-entries",
    "3 dockerignore-valid-patterns",
    // `.env` does not exclude `.env.example`.
    "6 dockerignore-no-ineffective-exceptions",
    // `.git/` repeats `.git`.
    "10 dockerignore-no-duplicate-patterns",
  ],
  "rails.dockerignore": [],
};

const rules = Object.fromEntries(
  Object.entries(plugin.rules)
    .filter(([, rule]) => rule.meta.languages.includes("containers/dockerignore"))
    .map(([name]) => [`containers/${name}`, "error" as const]),
);

describe("realistic .dockerignore files", () => {
  const files = readdirSync(DIR).sort();
  const linter = new Linter();

  it("covers every fixture", () => {
    expect(files).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const name of files) {
    const text = readFileSync(new URL(name, DIR), "utf8");
    const config: Linter.Config[] = [
      {
        files: ["**"],
        plugins: { containers: pluginForConfig },
        language: "containers/dockerignore",
        rules: { ...rules, "containers/dockerignore-required-entries": ["error", { ecosystems: ECOSYSTEM[name] }] },
      },
    ];

    it(`${name}: the findings read by hand`, () => {
      const messages = linter.verify(text, config, name);
      expect(messages.filter((m) => m.fatal)).toEqual([]);
      expect(messages.map((m) => `${m.line} ${m.ruleId?.replace("containers/", "")}`)).toEqual(EXPECTED[name]);
    });

    it(`${name}: --fix converges and keeps the comments and the lines that are not repeats`, () => {
      const fixed = linter.verifyAndFix(text, config, name);
      expect(fixed.messages.filter((m) => m.fix)).toEqual([]);
      expect(linter.verifyAndFix(fixed.output, config, name).fixed).toBe(false);
      const before = parseDockerignore(text).body;
      const after = new Set(parseDockerignore(fixed.output).body.map((line) => fixed.output.slice(line.range[0], line.range[1])));
      const removed = new Set(
        linter.verify(text, config, name).filter((m) => m.ruleId === "containers/dockerignore-no-duplicate-patterns").map((m) => m.line),
      );
      for (const line of before) {
        if (line.type === "DockerignoreBlankLine" || removed.has(line.loc.start.line)) continue;
        expect(after.has(text.slice(line.range[0], line.range[1])), text.slice(line.range[0], line.range[1])).toBe(true);
      }
      // Line ends stay as they were.
      expect(fixed.output.includes("\r\n")).toBe(text.includes("\r\n"));
    });
  }
});
