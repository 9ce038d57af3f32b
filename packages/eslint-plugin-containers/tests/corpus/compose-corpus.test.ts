/**
 * Every Compose file of the corpus, linted with every Compose rule, then fixed rule by rule:
 * zero crashes; every fix converges; and the fixed file parses to the same data as before,
 * apart from the change the rule intends (the obsolete `version` key gone, ports as strings,
 * entries in another order).
 */
import { Linter } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";
import { getStaticYAMLValue, parseYAML } from "yaml-eslint-parser";
import { readCorpus } from "../helpers/corpus.js";
import { plugin, pluginForConfig } from "../helpers/plugin.js";

type Data = unknown;

const composeRules = Object.entries(plugin.rules).filter(([, rule]) => rule.meta.languages.includes("containers/compose"));
const fixableRules = composeRules.filter(([, rule]) => rule.meta.fixable).map(([name]) => name);

/** Options that make a rule fix the most: quote every port, not only those YAML 1.1 misreads. */
const WIDEST_OPTIONS: Record<string, unknown[]> = { "compose-quoted-ports": [{ always: true }] };

const configFor = (rules: string[]): Linter.Config[] => [
  {
    files: ["**/*.yaml", "**/*.yml"],
    plugins: { containers: pluginForConfig },
    language: "containers/compose",
    rules: Object.fromEntries(rules.map((name) => [`containers/${name}`, ["error", ...(WIDEST_OPTIONS[name] ?? [])] as Linter.RuleEntry])),
  },
];

/** Data with mapping keys sorted, so that moving entries of a mapping changes nothing. */
function canonical(data: Data): string {
  return JSON.stringify(data, (_key, value: unknown) =>
    value && typeof value === "object" && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)))
      : value,
  );
}

function services(data: Data): Array<Record<string, unknown>> {
  const all = (data as { services?: Record<string, unknown> } | null)?.services;
  return all && typeof all === "object" ? Object.values(all).filter((s): s is Record<string, unknown> => !!s && typeof s === "object") : [];
}

/** Undo what a fix is meant to change, so the rest can be compared. */
const INTENDED: Record<string, (data: Data) => Data> = {
  "compose-no-version": (data) => {
    if (data && typeof data === "object") delete (data as Record<string, unknown>).version;
    return data;
  },
  "compose-quoted-ports": (data) => {
    for (const service of services(data)) {
      for (const key of ["ports", "expose"]) {
        const list = service[key];
        if (Array.isArray(list)) service[key] = list.map((item) => (typeof item === "number" ? String(item) : item));
      }
    }
    return data;
  },
  "compose-sort-depends-on": (data) => sortServiceLists(data, "depends_on"),
  "compose-sort-ports": (data) => sortServiceLists(data, "ports"),
};

function sortServiceLists(data: Data, key: string): Data {
  for (const service of services(data)) {
    const list = service[key];
    if (Array.isArray(list)) service[key] = [...list].sort((a, b) => canonical(a).localeCompare(canonical(b)));
  }
  return data;
}

function dataOf(text: string): Data {
  return getStaticYAMLValue(parseYAML(text));
}

describe("the Compose corpus", () => {
  const files = readCorpus("compose");
  const linter = new Linter();
  const allMessages = new Map<string, Linter.LintMessage[]>();
  const crashes: string[] = [];
  const fixedCounts = new Map<string, number>();

  beforeAll(() => {
    const config = configFor(composeRules.map(([name]) => name));
    for (const { name, text } of files) {
      try {
        allMessages.set(name, linter.verify(text, config, "compose.yaml"));
      } catch (error) {
        crashes.push(`${name}: ${String(error)}`);
      }
    }
  }, 300_000);

  it(`lints all ${files.length} files with ${composeRules.length} rules and no crash or parsing error`, () => {
    expect(files.length).toBeGreaterThan(400);
    expect(crashes).toEqual([]);
    const fatal = [...allMessages].flatMap(([name, messages]) => messages.filter((m) => m.fatal).map((m) => `${name}:${m.line}: ${m.message}`));
    expect(fatal).toEqual([]);
    expect([...allMessages.values()].some((messages) => messages.length > 0)).toBe(true);
  });

  it.each(fixableRules)("%s: fixes converge and keep the data apart from the intended change", (ruleName) => {
    const config = configFor([ruleName]);
    const problems: string[] = [];
    let fixedFiles = 0;
    for (const { name, text } of files) {
      const result = linter.verifyAndFix(text, config, "compose.yaml");
      if (!result.fixed) continue;
      fixedFiles++;
      if (result.messages.some((m) => m.fatal)) {
        problems.push(`${name}: the fixed file does not parse`);
        continue;
      }
      if (linter.verifyAndFix(result.output, config, "compose.yaml").output !== result.output) {
        problems.push(`${name}: fixing again changes the file`);
      }
      const undo = INTENDED[ruleName] ?? ((data: Data) => data);
      if (canonical(undo(dataOf(result.output))) !== canonical(undo(dataOf(text)))) {
        problems.push(`${name}: the data changed`);
      }
      const commentsBefore = (text.match(/#/gu) ?? []).length;
      const commentsAfter = (result.output.match(/#/gu) ?? []).length;
      if (commentsAfter < commentsBefore) problems.push(`${name}: a comment was lost`);
    }
    expect(problems).toEqual([]);
    fixedCounts.set(ruleName, fixedFiles);
  });

  it("fixed real files (the checks above are not vacuous)", () => {
    // The corpus has many obsolete `version` keys and unquoted ports.
    expect(fixedCounts.get("compose-no-version")).toBeGreaterThan(10);
    expect(fixedCounts.get("compose-quoted-ports")).toBeGreaterThan(0);
  });
});
