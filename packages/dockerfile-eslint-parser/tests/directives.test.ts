// Parser directives as Docker reads them: `# name=value` lines at the very top, the name one word.
import { beforeAll, describe, expect, it } from "vitest";
import { parseDockerfile, shellParserReady } from "../src/index.js";

beforeAll(() => shellParserReady);

function directivesAndComments(text: string) {
  const program = parseDockerfile(text);
  return {
    directives: program.body.flatMap((node) => (node.type === "DockerfileParserDirective" ? [`${node.name}=${node.value}`] : [])),
    comments: program.comments.map((comment) => comment.value),
  };
}

describe("parser directives", () => {
  it("names every directive, also the ones dockerfile-ast has no constant for (check)", () => {
    expect(directivesAndComments("# syntax=docker/dockerfile:1\n# check=skip=all\nFROM alpine\n")).toEqual({
      directives: ["syntax=docker/dockerfile:1", "check=skip=all"],
      comments: [],
    });
  });

  it("reads `# hadolint global ignore=...` as a comment: the name is not one word", () => {
    expect(directivesAndComments("# hadolint global ignore=DL3007\n# syntax=x\nFROM alpine\n")).toEqual({
      directives: [],
      comments: [" hadolint global ignore=DL3007", " syntax=x"],
    });
  });

  it("ends the directives at the first comment", () => {
    expect(directivesAndComments("# syntax=x\n# a note\n# check=skip=all\nFROM alpine\n")).toEqual({
      directives: ["syntax=x"],
      comments: [" a note", " check=skip=all"],
    });
  });
});
