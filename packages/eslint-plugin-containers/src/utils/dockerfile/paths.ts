import type { DockerfileArgument, DockerfileInstruction, Node } from "dockerfile-eslint-parser";
import { findAncestor } from "./ancestors.js";
import { stageOf } from "./stages.js";
import { stageEndState, stateBefore, variableValue, type StageState } from "./stage-state.js";
import { expandVariables } from "./variables.js";
import { resolveFromImage } from "./resolve-image.js";
import { wildcardMatcher } from "../wildcard.js";

/** `/app`, and on Windows `C:\app`, `C:/app` or `\app`. */
export function isAbsolutePath(path: string): boolean {
  return /^(?:[/\\]|[A-Za-z]:[/\\])/u.test(path);
}

/**
 * What the container sees for `node` (an instruction or a part of one): the state at the
 * instruction, except in an ONBUILD trigger, which runs in the image built FROM this one and so
 * starts from this stage's final state.
 */
export function stateFor(node: Node): StageState {
  const stage = stageOf(node);
  if (stage && findAncestor(node, "DockerfileOnbuild")) return stageEndState(stage);
  return stateBefore(node);
}

/**
 * Whether a path argument is absolute once the variables Docker expands in it are replaced by
 * the values the file gives them. Null when it cannot be told (a variable with no known value
 * in front).
 */
export function isAbsoluteArgument(argument: DockerfileArgument, state: StageState, escapeCharacter: string): boolean | null {
  const { value, unresolved } = expandVariables(argument.value, knownValue(state, escapeCharacter), escapeCharacter);
  // `C:\\app` is absolute even where the parser has already dropped the escaped backslash.
  if (isAbsolutePath(value) || /^["']?[A-Za-z]:[/\\]/u.test(argument.raw)) return true;
  // `$HOME/app` with HOME unknown: the missing value may well be absolute.
  if (unresolved.length > 0) return null;
  return false;
}

/**
 * The lookup for `expandVariables` with the values the file gives: a value that uses other
 * variables (`ENV HOME=$BASE/home`) is expanded in turn, and is unknown when they are.
 */
export function knownValue(state: StageState, escapeCharacter: string, depth = 0): (name: string) => string | undefined {
  return (name) => {
    const value = variableValue(state, name);
    if (value === undefined || !value.includes("$")) return value;
    if (depth > 8) return undefined;
    // The value was expanded where it was set: `ENV V=${V}` takes the ARG V from before it.
    const pair = state.env.get(name) ?? state.args.get(name);
    const expansion = expandVariables(value, knownValue(pair ? stateBefore(pair) : state, escapeCharacter, depth + 1), escapeCharacter);
    return expansion.unresolved.length > 0 ? undefined : expansion.value;
  };
}

/** Whether the stage's base chain starts FROM scratch, whose working directory is always `/`. */
export function startsFromScratch(state: StageState): boolean {
  return state.baseImage?.raw.toLowerCase() === "scratch";
}

/** Whether a WORKDIR with an absolute path is in effect at `node` (set in the stage or a base stage). */
export function hasAbsoluteWorkdir(node: DockerfileInstruction): boolean {
  const state = stateFor(node);
  const escape = findAncestor(node, "Program")?.escapeCharacter ?? "\\";
  return state.workdirs.some((workdir) => {
    const path = workdir.arguments[0];
    return path !== undefined && isAbsoluteArgument(path, stateBefore(workdir), escape) !== false;
  });
}

/**
 * A test for "the stage's base image sets a WORKDIR of its own", from patterns the user lists
 * (`golang:*`, `registry.example.com/base/*`), matched against the bottom image of the stage's
 * chain with the global ARG defaults filled in.
 */
export function baseImageWorkdirMatcher(patterns: readonly string[]): (state: StageState) => boolean {
  if (patterns.length === 0) return () => false;
  const matchers = patterns.map(wildcardMatcher);
  return (state) => {
    const bottom = state.stages.at(-1);
    const program = findAncestor(bottom ?? state.stages[0], "Program");
    if (!bottom || !program) return false;
    const image = resolveFromImage(program, bottom.from);
    return image !== null && matchers.some((matches) => matches(image.raw));
  };
}

/** The options schema of the rules that take `baseImagesWithWorkdir` (images known to set a WORKDIR). */
export const BASE_IMAGES_WITH_WORKDIR_SCHEMA = {
  type: "object",
  properties: {
    baseImagesWithWorkdir: { type: "array", items: { type: "string", minLength: 1 }, uniqueItems: true },
  },
  additionalProperties: false,
} as const;
