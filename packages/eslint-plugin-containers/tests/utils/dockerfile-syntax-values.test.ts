import { describe, expect, it } from "vitest";
import { isGoBool, isGoUint32, parseGoDuration, parseGoInt32 } from "../../src/utils/dockerfile/syntax/go-values.js";
import { scanJsonArray } from "../../src/utils/dockerfile/syntax/json-array.js";
import { unclosedShellQuote } from "../../src/utils/dockerfile/syntax/quotes.js";
import { splitWords } from "../../src/utils/dockerfile/syntax/words.js";

describe("parseGoDuration (time.ParseDuration)", () => {
  it.each([
    ["30s", 30e9], ["1m30s", 90e9], ["1.5h", 5400e9], [".5s", 0.5e9], ["5.s", 5e9], ["100ms", 1e8], ["2us", 2e3], ["3µs", 3e3],
    ["0", 0], ["-1s", -1e9], ["+2m", 120e9], ["1h2m3s4ms", 3723.004e9],
  ])("%s", (text, nanoseconds) => {
    expect(parseGoDuration(text)).toBeCloseTo(nanoseconds);
  });
  it.each(["", "30", "1 m", "5sec", "1e3s", "s", ".s", "1d", "--1s", "1s "])("rejects %j", (text) => {
    expect(parseGoDuration(text)).toBeNull();
  });
});

describe("Go numbers and booleans", () => {
  it("strconv.ParseBool", () => {
    expect(["1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False"].every(isGoBool)).toBe(true);
    expect(["yes", "tRUE", "", "on"].some(isGoBool)).toBe(false);
  });
  it("strconv.ParseInt(s, 10, 32)", () => {
    expect(parseGoInt32("+3")).toBe(3);
    expect(parseGoInt32("-1")).toBe(-1);
    expect(parseGoInt32("2147483648")).toBeNull();
    expect(parseGoInt32("3.0")).toBeNull();
  });
  it("strconv.ParseUint(s, 8|10, 32)", () => {
    expect(isGoUint32("0755", 8)).toBe(true);
    expect(isGoUint32("0o755", 8)).toBe(false);
    expect(isGoUint32("8", 8)).toBe(false);
    expect(isGoUint32("4294967295", 10)).toBe(true);
    expect(isGoUint32("4294967296", 10)).toBe(false);
  });
});

describe("scanJsonArray (json.Unmarshal into []any)", () => {
  it.each(['[]', '[ ]', '["a"]', '[ "a" , "b\\\\n\\u00e9" ]', '["a"]  '])("%s is an array of strings", (text) => {
    expect(scanJsonArray(text)).toEqual({ kind: "strings" });
  });
  it("finds the first non-string only in valid JSON", () => {
    expect(scanJsonArray('["a", 1, {"b": [true]}]')).toEqual({ kind: "not-string", start: 6, end: 7 });
    expect(scanJsonArray('["a", 1, b]')).toEqual({ kind: "invalid", at: 9, reason: "unexpected `b`" });
  });
  it.each([
    ["['a']", 1, "strings need double quotes"],
    ['["a" "b"]', 5, "expected `,` or `]`"],
    ['["a",]', 5, "unexpected `]`"],
    ['["a"', 4, "the `]` is missing"],
    ['["a"] x', 6, "text after the `]`"],
    ['["c:\\x"]', 1, "a string has an invalid escape (write `\\\\` for a backslash)"],
    ['["a', 1, "a string is not closed"],
    ['["a\tb"]', 1, "a string holds a raw control character"],
  ])("%s breaks at %i: %s", (text, at, reason) => {
    expect(scanJsonArray(text)).toEqual({ kind: "invalid", at, reason });
  });
});

describe("unclosedShellQuote", () => {
  it.each([
    "echo 'a' \"b\"", "echo \"$(echo \"a b\")\"", "printf $'it\\'s'", "echo it\\'s", "echo a # it's a comment", "echo ${#x} 'y'",
    "echo `echo \"a\"`", "(cd x && echo 'y')",
  ])("%s is closed", (text) => {
    expect(unclosedShellQuote(text)).toBe(-1);
  });
  it.each([["echo 'a", 5], ["echo \"a 'b'", 5], ["x=$'a", 3], ["echo \"$(echo 'a)\"", 5]])("%s opens at %i", (text, at) => {
    expect(unclosedShellQuote(text)).toBe(at);
  });
});

describe("splitWords (Docker's word splitting)", () => {
  it("groups quotes, keeps escapes, marks an open quote", () => {
    const words = splitWords(`a "b c" d\\ e 'f`, 10, "\\");
    expect(words.map((word) => [word.raw, word.value, word.range, word.openQuote])).toEqual([
      ["a", "a", [10, 11], -1],
      ['"b c"', "b c", [12, 17], -1],
      ["d\\ e", "d\\ e", [18, 22], -1],
      ["'f", "f", [23, 25], 23],
    ]);
  });
});
