import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse, parseDockerfile, parseForESLint, visitorKeys } from "../src/index.js";
import type { Node } from "../src/ast.js";
import { allNodes } from "./helpers/ast-utils.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
const dockerfilesDir = path.resolve(repoRoot, "../shared/corpus/dockerfiles");

describe("parseForESLint", () => {
  const text = "FROM alpine\nRUN apt-get install -y curl\n";

  it("returns ast, visitorKeys and services.isDockerfile", () => {
    const result = parseForESLint(text);
    expect(result.ast.type).toBe("Program");
    expect(result.ast.range).toEqual([0, text.length]);
    expect(result.visitorKeys).toBe(visitorKeys);
    expect(result.services.isDockerfile).toBe(true);
    expect(result.scopeManager).toBeNull();
    expect(result.ast).toEqual(parseDockerfile(text));
  });

  it("gives ESLint tokens and comments sorted and inside the file", () => {
    const source = "# top\nFROM alpine AS base\n# mid\nCOPY --chown=app a /b\n";
    const { ast } = parseForESLint(source);
    expect(ast.tokens.map((token) => [token.type, token.value])).toEqual([
      ["Keyword", "FROM"], ["Identifier", "alpine"], ["Keyword", "AS"], ["String", "base"],
      ["Keyword", "COPY"], ["Punctuator", "--chown=app"], ["String", "a"], ["String", "/b"],
    ]);
    for (const token of ast.tokens) expect(source.slice(...token.range)).toBe(token.value);
    const starts = ast.tokens.map((token) => token.range[0]);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(ast.comments.map((comment) => comment.value)).toEqual([" top", " mid"]);
  });

  it("`parse` is the same AST", () => {
    expect(parse(text)).toEqual(parseForESLint(text).ast);
  });

  it("visitorKeys list only keys that exist on the nodes of that type", () => {
    const program = parseDockerfile(
      "# syntax=docker/dockerfile:1\nARG V=1\nFROM --platform=x a:${V} AS b\nRUN <<EOF\nfor x in 1; do cat <<X; done\nhi\nX\nEOF\nCOPY <<EOF /f\nz\nEOF\nONBUILD RUN a=1 b > c\nHEALTHCHECK CMD [\"x\"]\nENV A=1\nLABEL l=1\nEXPOSE 80\nUSER u\nWORKDIR /w\nVOLUME /v\nSTOPSIGNAL TERM\nMAINTAINER m\nSHELL [\"sh\"]\nCMD a | b || c\nENTRYPOINT e\nADD a b\nWHAT x\n",
    );
    for (const node of allNodes(program)) {
      for (const key of visitorKeys[node.type] ?? []) expect(key in node, `${node.type}.${key}`).toBe(true);
    }
  });
});

describe.skipIf(!existsSync(dockerfilesDir))("visitorKeys cover the corpus", () => {
  const types = new Map<string, number>();
  const files = existsSync(dockerfilesDir) ? readdirSync(dockerfilesDir) : [];
  for (const file of files) {
    const { ast } = parseForESLint(readFileSync(path.join(dockerfilesDir, file), "utf8"));
    // Walk every object with a `type`, not only what visitorKeys reach: a missing key would hide children.
    const seen = new Set<object>();
    const walk = (value: unknown): void => {
      if (value === null || typeof value !== "object" || seen.has(value)) return;
      seen.add(value);
      if (Array.isArray(value)) return value.forEach(walk);
      const node = value as Record<string, unknown>;
      if (typeof node.type === "string" && "range" in node && !["tokens", "comments"].includes(String(node.type))) {
        types.set(node.type, (types.get(node.type) ?? 0) + 1);
      }
      for (const [key, child] of Object.entries(node)) if (key !== "parent" && key !== "tokens" && key !== "comments") walk(child);
    };
    walk(ast);
  }

  it(`every one of the node types found in ${files.length} corpus ASTs has visitor keys`, () => {
    expect(types.size).toBeGreaterThan(20);
    const missing = [...types.keys()].filter((type) => !(type in visitorKeys));
    expect(missing).toEqual([]);
  });

  it("visitorKeys reach every typed object in the AST (no node hidden under an unlisted key)", () => {
    let reached = 0;
    for (const file of files.slice(0, 200)) {
      const { ast } = parseForESLint(readFileSync(path.join(dockerfilesDir, file), "utf8"));
      const byKeys = new Set<Node>(allNodes(ast));
      reached += byKeys.size;
      const all: Node[] = [];
      const seen = new Set<object>();
      const walk = (value: unknown): void => {
        if (value === null || typeof value !== "object" || seen.has(value)) return;
        seen.add(value);
        if (Array.isArray(value)) return value.forEach(walk);
        const node = value as Record<string, unknown>;
        if (typeof node.type === "string" && "parent" in node) all.push(node as unknown as Node);
        for (const [key, child] of Object.entries(node)) if (key !== "parent" && key !== "tokens" && key !== "comments") walk(child);
      };
      walk(ast);
      const hidden = all.filter((node) => !byKeys.has(node)).map((node) => `${file}: ${node.type}`);
      expect(hidden).toEqual([]);
    }
    expect(reached).toBeGreaterThan(1000);
  });

  it("every key in visitorKeys names a type of ast.ts (no stale entries)", () => {
    const declared = readFileSync(path.resolve(repoRoot, "packages/dockerfile-eslint-parser/src/ast.ts"), "utf8");
    for (const type of Object.keys(visitorKeys)) expect(declared, type).toContain(`"${type}"`);
  });
});
