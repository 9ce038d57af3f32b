import { parseDockerfile, type DockerfileInstruction, type DockerfileStage, type Program } from "dockerfile-eslint-parser";
import { describe, expect, it } from "vitest";
import { locationOfPart, resolveFromImage } from "../../src/utils/dockerfile/resolve-image.js";
import { globalArgs, stageEndState, stateBefore, variableValue } from "../../src/utils/dockerfile/stage-state.js";
import { expandVariables, variableUses } from "../../src/utils/dockerfile/variables.js";

const stages = (program: Program) => program.body.filter((node): node is DockerfileStage => node.type === "DockerfileStage");
const instruction = (program: Program, stage: number, index: number): DockerfileInstruction => stages(program)[stage].body[index];

describe("stage state", () => {
  const program = parseDockerfile(
    [
      "ARG BASE=python:3.12",
      "ARG PY",
      "FROM ${BASE} AS base",
      "ENV PIP_NO_CACHE_DIR=1 A=x",
      "ARG PY",
      "SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]",
      "WORKDIR /app",
      "USER app",
      "HEALTHCHECK CMD true",
      "FROM base AS child",
      "RUN pip install flask",
      "ENV A=y",
      "USER root",
      "ONBUILD RUN echo $A",
      "FROM python:3.12 AS other",
      "RUN echo",
      "",
    ].join("\n"),
  );

  it("inherits ENV, ARG, SHELL, WORKDIR, USER and HEALTHCHECK from the stage a FROM names", () => {
    const state = stateBefore(instruction(program, 1, 1));
    expect(variableValue(state, "PIP_NO_CACHE_DIR")).toBe("1");
    expect(variableValue(state, "A")).toBe("x");
    expect(state.args.has("PY")).toBe(true);
    expect(state.shell?.type).toBe("DockerfileShell");
    expect(state.workdirs.map((w) => w.arguments[0].value)).toEqual(["/app"]);
    expect(state.user?.arguments[0].value).toBe("app");
    expect(state.healthcheck).not.toBeNull();
    expect(state.stages.map((s) => s.name)).toEqual(["child", "base"]);
    expect(state.baseImage?.raw).toBe("${BASE}");
  });

  it("counts only the instructions before the node, and the ONBUILD's position for its trigger", () => {
    expect(variableValue(stateBefore(instruction(program, 1, 2)), "A")).toBe("x");
    const onbuild = instruction(program, 1, 4);
    expect(onbuild.type).toBe("DockerfileOnbuild");
    const trigger = onbuild.type === "DockerfileOnbuild" ? onbuild.trigger! : onbuild;
    const state = stateBefore(trigger);
    expect(variableValue(state, "A")).toBe("y");
    expect(state.user?.arguments[0].value).toBe("root");
    expect(stageEndState(stages(program)[1]).user?.arguments[0].value).toBe("root");
  });

  it("does not leak state into an unrelated stage", () => {
    const state = stateBefore(instruction(program, 2, 1));
    expect(state.env.size).toBe(0);
    expect(state.user).toBeNull();
    expect(state.stages.map((s) => s.name)).toEqual(["other"]);
  });

  it("gives global ARGs and resolves FROM images through their defaults", () => {
    expect([...globalArgs(program).keys()]).toEqual(["BASE", "PY"]);
    const resolved = resolveFromImage(program, stages(program)[0].from)!;
    expect(resolved.raw).toBe("python:3.12");
    expect(resolved.parts.tag).toBe("3.12");
    expect(resolved.unresolved).toBe(false);
    const baseArg = program.body[0];
    expect(baseArg.type).toBe("DockerfileArg");
    expect(locationOfPart(resolved, "tag")).toBe(baseArg.type === "DockerfileArg" ? baseArg.pairs[0].value : null);
  });

  it("reports a tag variable's finding at the ARG default, and knows unresolved variables", () => {
    const text = "ARG V=20\nARG R\nFROM node:${V}-slim\nFROM $R/app:1\n";
    const parsed = parseDockerfile(text);
    const first = resolveFromImage(parsed, stages(parsed)[0].from)!;
    expect(first.raw).toBe("node:20-slim");
    expect(text.slice(...locationOfPart(first, "tag").range)).toBe("20");
    const second = resolveFromImage(parsed, stages(parsed)[1].from)!;
    expect(second.unresolved).toBe(true);
    expect(locationOfPart(second, "tag")).toBe(stages(parsed)[1].from.image);
  });
});

describe("stage state in files with many instructions and repeated stage names", () => {
  // The state is looked up from a per-stage record, not replayed per question; these pin what
  // the replay gave: the order of listed names, positions in a long stage, the base of a name
  // used by several stages.
  const program = parseDockerfile(
    [
      "FROM alpine AS build",
      "ENV A=1 B=1",
      "WORKDIR /a",
      "FROM build AS build",
      "ENV C=2 A=2",
      "ARG D",
      "WORKDIR b",
      "EXPOSE 80",
      ...Array.from({ length: 300 }, (_, i) => `ENV V${i % 7}=${i}`),
      "USER nobody",
      "FROM build",
      "RUN true",
      "",
    ].join("\n"),
  );
  const [first, second, third] = stages(program);

  it("lists inherited names first, then the stage's own in the order first set, the last value winning", () => {
    const state = stateBefore(second.body.at(-1)!);
    expect([...state.env.keys()]).toEqual(["A", "B", "C", "V0", "V1", "V2", "V3", "V4", "V5", "V6"]);
    expect(state.env.size).toBe(10);
    expect(variableValue(state, "A")).toBe("2");
    expect(variableValue(state, "V6")).toBe("293");
    expect([...state.args.keys()]).toEqual(["D"]);
    expect(state.workdirs.map((w) => w.arguments[0].value)).toEqual(["/a", "b"]);
    expect(state.expose).toHaveLength(1);
    expect(state.user).toBeNull();
  });

  it("counts only the instructions before the one asked about, whatever order they are asked in", () => {
    const env = (index: number) => variableValue(stateBefore(second.body[index]), "V3");
    // body[0] is the FROM; body[5 + i] is `ENV V${i % 7}=${i}`: V3 is set at i = 3, 10, ..., 192, 199, ...
    expect([env(200), env(5), env(8), env(9), env(0)]).toEqual(["192", undefined, undefined, "3", undefined]);
    expect(variableValue(stateBefore(second.body[1]), "A")).toBe("1");
    expect(variableValue(stateBefore(second.body[2]), "A")).toBe("2");
  });

  it("builds `FROM <name>` on the last earlier stage of that name, not on itself", () => {
    expect(stateBefore(second.body[0]).stages).toEqual([second, first]);
    expect(stageEndState(third).stages).toEqual([third, second, first]);
    expect(stageEndState(third).user?.arguments[0].value).toBe("nobody");
    expect(stageEndState(third).baseImage?.raw).toBe("alpine");
  });
});

describe("variables", () => {
  it("finds expansions with their modifiers and skips escaped dollars", () => {
    expect(variableUses("a $B ${C:-d} \\$E ${F}x").map((u) => [u.name, u.modifier, u.word])).toEqual([
      ["B", null, null],
      ["C", ":-", "d"],
      ["F", null, null],
    ]);
  });

  it("expands like Docker", () => {
    const values: Record<string, string> = { A: "1", EMPTY: "" };
    const lookup = (name: string) => values[name];
    expect(expandVariables("${A}-${B:-x}-${EMPTY:-y}-${EMPTY-z}-${A:+set}-${B:+no}", lookup)).toEqual({ value: "1-x-y--set-", unresolved: [] });
    expect(expandVariables("$NOPE/${A}", lookup)).toEqual({ value: "/1", unresolved: ["NOPE"] });
    expect(expandVariables("${B:-${A}}", lookup).value).toBe("1");
  });
});
