import { describe, expect, it } from "vitest";
import { type AST, parseYAML } from "yaml-eslint-parser";
import {
  entryNode,
  findEntry,
  getComposeBoolean,
  getComposeRoot,
  getEntryAtPath,
  getMappingEntries,
  getScalarString,
  getServices,
  usesInterpolation,
} from "../../src/utils/compose/index.js";

/** A rule context as the compose language gives it, for the helpers that take one. */
const contextFor = (text: string, isCompose = true) => ({
  sourceCode: { ast: parseYAML(text), parserServices: { isCompose } } as never,
});
const rootOf = (text: string) => getComposeRoot(contextFor(text)) as AST.YAMLMapping;
const values = (mapping: AST.YAMLMapping | null) =>
  Object.fromEntries(getMappingEntries(mapping!).map((e) => [e.key, getScalarString(e.value)]));

describe("getComposeRoot", () => {
  it("is the first document's top-level mapping, through an anchor", () => {
    expect(getComposeRoot(contextFor("--- &top\nname: shop\n---\nother: 1\n"))?.pairs).toHaveLength(1);
  });
  it("is null for a non-Compose file, an empty file or a top-level list", () => {
    expect(getComposeRoot(contextFor("name: shop\n", false))).toBeNull();
    expect(getComposeRoot(contextFor(""))).toBeNull();
    expect(getComposeRoot(contextFor("- a\n"))).toBeNull();
  });
});

describe("getMappingEntries with merge keys", () => {
  const root = rootOf(
    [
      "x-a: &a {image: a, user: a, restart: a}",
      "x-b: &b {image: b, user: b, init: b}",
      "x-c: &c {<<: *a, cpus: c}",
      "services:",
      "  web:",
      "    user: own",
      "    <<: [*a, *b]",
      "  nested:",
      "    <<: *c",
      '  quoted:',
      '    "<<": *a',
      "",
    ].join("\n"),
  );
  const [web, nested, quoted] = getServices(root);

  it("lets own keys win over merged ones, and earlier merged mappings over later ones", () => {
    expect(values(web.mapping)).toEqual({ user: "own", image: "a", restart: "a", init: "b" });
  });
  it("marks inherited entries with the `<<` pair they come through", () => {
    const image = findEntry(web.mapping, "image")!;
    expect(image.mergedFrom?.range).toEqual(web.mapping!.pairs[1].range);
    expect(entryNode(image, "value")).toBe(web.mapping!.pairs[1].value);
    expect(findEntry(web.mapping, "user")!.mergedFrom).toBeNull();
  });
  it("follows merges inside merged mappings, and reports at the outer `<<`", () => {
    expect(values(nested.mapping)).toEqual({ cpus: "c", image: "a", user: "a", restart: "a" });
    expect(findEntry(nested.mapping, "image")!.mergedFrom).toBe(nested.mapping!.pairs[0]);
  });
  it("treats a quoted `<<` as an ordinary key", () => {
    expect(getMappingEntries(quoted.mapping!).map((e) => e.key)).toEqual(["<<"]);
  });
});

describe("getEntryAtPath and aliases", () => {
  const root = rootOf("x-build: &build\n  context: .\n  args: {A: 1}\nservices:\n  web:\n    build: *build\n");
  it("walks keys through an aliased mapping", () => {
    const [web] = getServices(root);
    expect(getScalarString(getEntryAtPath(web.mapping, ["build", "args", "A"])?.value)).toBe("1");
    expect(getEntryAtPath(web.mapping, ["build", "context", "deeper"])).toBeNull();
    expect(getEntryAtPath(web.mapping, ["image"])).toBeNull();
  });
  it("reports an aliased value at the alias, where the service uses it", () => {
    const [web] = getServices(root);
    const build = findEntry(web.mapping, "build")!;
    expect(entryNode(build, "value").type).toBe("YAMLAlias");
  });
});

describe("getComposeBoolean", () => {
  const boolOf = (text: string) => getComposeBoolean(findEntry(rootOf(text), "v")?.value);
  it.each([
    ["v: true", true],
    ["v: 'yes'", true],
    ["v: On", true],
    ["v: n", false],
    ["v: false", false],
    ["v: ${FLAG}", undefined],
    ["v: 1", undefined],
    ["v:", undefined],
  ])("%s is %s", (text, expected) => {
    expect(boolOf(text)).toBe(expected);
  });
});

describe("usesInterpolation", () => {
  it.each([
    ["${TAG}", true],
    ["${TAG:-latest}", true],
    ["$TAG", true],
    ["$$TAG", false],
    ["$$$TAG", true],
    ["price: 5$", false],
    ["nginx:1.27", false],
  ])("%s → %s", (text, expected) => {
    expect(usesInterpolation(text)).toBe(expected);
  });
});
