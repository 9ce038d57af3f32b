import { describe, expect, it } from "vitest";
import { extractDocExamples } from "./doc-examples.js";

describe("extractDocExamples", () => {
  const page = [
    "# rule",
    "```yaml",
    "before: headings",
    "```",
    "## Incorrect",
    "```yaml",
    "a: 1",
    "```",
    "```dockerfile",
    "FROM x",
    "```",
    "```yaml",
    "b: 2",
    "# ## Correct (a comment inside a fence, not a heading)",
    "```",
    "## Correct",
    "```yaml",
    "c: 3",
    "```",
    "```yaml kubernetes",
    "kind: Pod",
    "```",
    "## Options",
    "```yaml",
    "d: 4",
    "```",
  ].join("\n");

  it("takes the fenced blocks of the language under Incorrect and Correct only", () => {
    expect(extractDocExamples(page, "yaml")).toEqual({
      incorrect: ["a: 1\n", "b: 2\n# ## Correct (a comment inside a fence, not a heading)\n"],
      correct: ["c: 3\n"],
    });
    expect(extractDocExamples(page, "yaml kubernetes")).toEqual({ incorrect: [], correct: ["kind: Pod\n"] });
    expect(extractDocExamples(page, "dockerfile")).toEqual({ incorrect: ["FROM x\n"], correct: [] });
  });
});
