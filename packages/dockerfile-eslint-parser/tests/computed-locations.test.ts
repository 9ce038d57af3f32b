import { describe, expect, it } from "vitest";
import { findOne, parseChecked } from "./helpers/ast-utils.js";

/* `range` and `loc` are computed from `start`/`end` when read (docs/ast.md, Ranges and locations). */
describe("computed range and loc", () => {
  const text = "FROM alpine\nRUN apk add \\\n  curl\n# note\n";

  it("are read like properties, not stored on the node", () => {
    const program = parseChecked(text);
    const curl = findOne(program, "ShellWord", (word) => word.value === "curl");
    expect([curl.start, curl.end]).toEqual([28, 32]);
    expect(curl.range).toEqual([28, 32]);
    expect(curl.loc).toEqual({ start: { line: 3, column: 2 }, end: { line: 3, column: 6 } });
    expect(Object.keys(curl)).not.toContain("range");
    expect(Object.keys(curl)).not.toContain("loc");
    expect("range" in curl && "loc" in curl).toBe(true);
    expect(program.comments[0].loc).toEqual({ start: { line: 4, column: 0 }, end: { line: 4, column: 6 } });
    expect(program.tokens.map((token) => [token.value, token.range, token.loc.start.line])).toEqual([
      ["FROM", [0, 4], 1],
      ["alpine", [5, 11], 1],
      ["RUN", [12, 15], 2],
    ]);
  });

  it("can be assigned: range sets start and end, loc is stored", () => {
    const program = parseChecked(text);
    const run = findOne(program, "DockerfileRun");
    run.range = [12, 20];
    expect([run.start, run.end, run.loc.end.column]).toEqual([12, 20, 8]);
    const loc = { start: { line: 9, column: 0 }, end: { line: 9, column: 1 } };
    run.loc = loc;
    expect(run.loc).toBe(loc);
  });

  it("empty lists are one shared frozen array", () => {
    const program = parseChecked(text);
    const from = findOne(program, "DockerfileFrom");
    const run = findOne(program, "DockerfileRun");
    expect(from.flags).toBe(run.flags);
    expect(Object.isFrozen(from.flags)).toBe(true);
    expect(() => (from.flags as unknown[]).push(1)).toThrow(TypeError);
  });
});
