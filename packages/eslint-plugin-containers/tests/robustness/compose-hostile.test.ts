/**
 * Hostile Compose files with every Compose rule on (and --fix): YAML alias bombs ("billion
 * laughs"), self-referencing anchors and merge keys, 10,000 services, `__proto__`/`constructor`
 * keys, huge scalars. Each must end (vitest's timeout is the bound; no timing is asserted) with
 * findings or a located parsing error, never an exception, and must not pollute prototypes.
 */
import { Linter } from "eslint";
import { describe, expect, it } from "vitest";
import { plugin, pluginForConfig } from "../helpers/plugin.js";

const rules = Object.fromEntries(
  Object.entries(plugin.rules)
    .filter(([, rule]) => rule.meta.languages.includes("containers/compose"))
    .map(([name]) => [`containers/${name}`, "error" as const]),
);
const config: Linter.Config[] = [{ files: ["**/compose.yaml"], plugins: { containers: pluginForConfig }, language: "containers/compose", rules }];

function lint(text: string, fix = true): Linter.LintMessage[] {
  const linter = new Linter();
  const messages = linter.verify(text, config, "hostile/compose.yaml");
  for (const message of messages.filter((m) => m.fatal)) {
    expect(message.message).toMatch(/^Parsing error/u);
    expect(message.line).toBeGreaterThanOrEqual(1);
  }
  if (!fix) return messages;
  // --fix too: it must end and leave a file that parses.
  const fixed = linter.verifyAndFix(text, config, "hostile/compose.yaml");
  if (!messages.some((m) => m.fatal)) expect(fixed.messages.filter((m) => m.fatal)).toEqual([]);
  return messages;
}

/** Nine levels of ten aliases each: 10^9 strings once expanded. */
function billionLaughs(where: string): string {
  const levels = ["x-a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"];
  for (let level = 1; level < 9; level++) {
    const name = String.fromCharCode(97 + level);
    const previous = String.fromCharCode(96 + level);
    levels.push(`x-${name}: &${name} [${Array.from({ length: 10 }, () => `*${previous}`).join(", ")}]`);
  }
  return `${levels.join("\n")}\nservices:\n  web:\n    image: nginx:1.27\n    ${where}: *i\n`;
}

describe("hostile Compose input", () => {
  it.each(["command", "environment", "ports", "volumes", "cap_add", "depends_on", "x-extra"])("an alias bomb in `%s` ends with findings, not a crash", (key) => {
    expect(Array.isArray(lint(billionLaughs(key)))).toBe(true);
  });

  it("an alias bomb of mappings merged with `<<`", () => {
    const levels = ["x-a: &a {a0: 1, a1: 1, a2: 1, a3: 1, a4: 1, a5: 1, a6: 1, a7: 1, a8: 1, a9: 1}"];
    for (let level = 1; level < 9; level++) {
      const name = String.fromCharCode(97 + level);
      const previous = String.fromCharCode(96 + level);
      const entries = Array.from({ length: 10 }, (_, i) => `${name}${i}: *${previous}`).join(", ");
      levels.push(`x-${name}: &${name} {<<: *${previous}, ${entries}}`);
    }
    lint(`${levels.join("\n")}\nservices:\n  web:\n    image: nginx:1.27\n    environment: *i\n    labels: *i\n    <<: *i\n`);
  });

  it("anchors that refer to themselves, directly and through merge keys", () => {
    for (const text of [
      "services:\n  web: &w\n    image: nginx:1.27\n    <<: *w\n",
      "services:\n  web: &w\n    image: nginx:1.27\n    depends_on: [*w]\n",
      "x-a: &a\n  <<: *a\nservices:\n  web:\n    <<: *a\n    image: nginx:1.27\n",
      "x-a: &a [*a]\nservices:\n  web:\n    image: nginx:1.27\n    command: *a\n",
      "services: &s\n  web:\n    image: nginx:1.27\n    extends: *s\n",
    ]) {
      lint(text);
    }
  });

  // yaml's duplicate-key check is quadratic in the keys of a mapping: parsing this file is most of the time.
  it("10,000 services", () => {
    const services = Array.from({ length: 10_000 }, (_, i) => `  s${i}:\n    image: nginx:1.${i % 30}\n    ports: ["${1000 + i}:80"]\n    depends_on: [s${(i + 1) % 10_000}]\n`);
    const messages = lint(`services:\n${services.join("")}`, false);
    expect(messages.filter((m) => m.fatal)).toEqual([]);
  });

  it("`__proto__`, `constructor` and `prototype` keys stay data and pollute nothing", () => {
    const text = [
      "services:",
      "  __proto__:",
      "    image: nginx:1.27",
      "    environment:",
      "      __proto__: {polluted: yes}",
      "      constructor: x",
      "  constructor:",
      "    image: nginx:1.27",
      "    depends_on: [__proto__, prototype]",
      "  prototype:",
      "    build: {context: ., args: {__proto__: x}}",
      "volumes: {__proto__: {}}",
      "networks: {constructor: {}}",
      "",
    ].join("\n");
    lint(text);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, "polluted")).toBe(false);
  });

  it("huge scalars (a 1 MB image name, a 1 MB command, a 1 MB key)", () => {
    const big = "a".repeat(2 ** 20);
    lint(`services:\n  web:\n    image: ${big}\n    command: "${big}"\n    ${"k".repeat(2 ** 20)}: 1\n`);
  });

  it("deep nesting", () => {
    lint(`services:\n  web:\n    image: nginx:1.27\n    x-deep: ${"[".repeat(2_000)}${"]".repeat(2_000)}\n`);
  });
});
