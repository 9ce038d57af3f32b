import type { DockerfileStage, Node, Program } from "dockerfile-eslint-parser";
import { countBelow } from "../count-below.js";
import { findAncestor } from "./ancestors.js";
import { expandVariables } from "./variables.js";

/**
 * What the stage lookups below need, computed once per file: asked per instruction, a scan of
 * every stage made linting a file with thousands of stages quadratic.
 */
interface StageIndex {
  stages: readonly DockerfileStage[];
  /** The stages of each name (lowercase), in order. */
  byName: ReadonlyMap<string, readonly DockerfileStage[]>;
  /** The stage each stage's `FROM <name>` builds on (see `baseStage`). */
  bases: ReadonlyMap<DockerfileStage, DockerfileStage>;
}

const stageIndexes = new WeakMap<Program, StageIndex>();

function stageIndex(program: Program): StageIndex {
  let index = stageIndexes.get(program);
  if (index) return index;
  const stages = program.body.filter((node): node is DockerfileStage => node.type === "DockerfileStage");
  const byName = new Map<string, DockerfileStage[]>();
  const bases = new Map<DockerfileStage, DockerfileStage>();
  const defaults = globalArgDefaults(program);
  for (const stage of stages) {
    const raw = fromName(stage, defaults, program.escapeCharacter);
    const base = raw ? byName.get(raw)?.at(-1) : undefined;
    if (base) bases.set(stage, base);
    const name = stage.name?.toLowerCase();
    if (name === undefined) continue;
    const named = byName.get(name);
    if (named) named.push(stage);
    else byName.set(name, [stage]);
  }
  index = { stages, byName, bases };
  stageIndexes.set(program, index);
  return index;
}

/** The stages of a Dockerfile, in order. */
export function getStages(program: Program): readonly DockerfileStage[] {
  return stageIndex(program).stages;
}

/** The stages named `name` (case-insensitive, as Docker), in order. */
export function stagesNamed(program: Program, name: string): readonly DockerfileStage[] {
  return stageIndex(program).byName.get(name.toLowerCase()) ?? [];
}

/** The last stage named `name` (case-insensitive) before the stage at `index`, or null. */
export function lastStageNamedBefore(program: Program, name: string, index: number): DockerfileStage | null {
  const named = stagesNamed(program, name);
  // A name can repeat thousands of times in a big file.
  return named[countBelow(named, (stage) => stage.index, index) - 1] ?? null;
}

/** The stage a node belongs to; null above the first FROM. */
export function stageOf(node: Node): DockerfileStage | null {
  return findAncestor(node, "DockerfileStage");
}

/** Lowercase names of the stages before `stage` (what `FROM <name>` and `COPY --from` may name). */
export function earlierStageNames(program: Program, stage: DockerfileStage): Pick<ReadonlySet<string>, "has"> {
  const { byName } = stageIndex(program);
  // An empty name is never a stage's name here (an unnamed stage has none).
  return { has: (name) => name !== "" && (byName.get(name)?.[0].index ?? Infinity) < stage.index };
}

/**
 * The earlier stage a stage's `FROM <name>` builds on (case-insensitive, as Docker; the last
 * earlier stage of that name), or null when its FROM names an image.
 */
export function baseStage(program: Program, stage: DockerfileStage): DockerfileStage | null {
  return stageIndex(program).bases.get(stage) ?? null;
}

/** The defaults of the global ARGs (before the first FROM), by name. */
function globalArgDefaults(program: Program): Map<string, string | undefined> {
  const defaults = new Map<string, string | undefined>();
  for (const node of program.body) {
    if (node.type === "DockerfileStage") break;
    if (node.type === "DockerfileArg") for (const pair of node.pairs) defaults.set(pair.key.value, pair.value?.value);
  }
  return defaults;
}

/**
 * What a stage's FROM names, lowercase, with the global ARGs' defaults filled in:
 * `ARG BASE_TYPE=alpine` + `FROM test-base-${BASE_TYPE}` names the stage `test-base-alpine`.
 */
function fromName(stage: DockerfileStage, defaults: ReadonlyMap<string, string | undefined>, escapeCharacter: string): string | undefined {
  const image = stage.from.image;
  if (!image?.hasVariables) return image?.raw.toLowerCase();
  const expansion = expandVariables(image.raw, (name) => defaults.get(name), escapeCharacter);
  return expansion.unresolved.length > 0 ? image.raw.toLowerCase() : expansion.value.toLowerCase();
}

export function isFinalStage(program: Program, stage: DockerfileStage): boolean {
  const stages = getStages(program);
  return stages[stages.length - 1] === stage;
}

const shippedStages = new WeakMap<Program, Set<DockerfileStage>>();

/**
 * The stages whose files end up in the final image: the final stage, the stages it is built
 * `FROM`, and stages copied wholesale (`COPY --from=<stage> / /`), with their own bases. A
 * cache left in a builder stage whose results are copied file by file never ships.
 */
export function stagesInFinalImage(program: Program): Set<DockerfileStage> {
  let shipped = shippedStages.get(program);
  if (shipped) return shipped;
  shipped = new Set();
  const stages = getStages(program);
  const pending = stages.length > 0 ? [stages[stages.length - 1]] : [];
  while (pending.length > 0) {
    const stage = pending.pop()!;
    if (shipped.has(stage)) continue;
    shipped.add(stage);
    const base = baseStage(program, stage);
    if (base) pending.push(base);
    for (const instruction of stage.body) {
      if (instruction.type !== "DockerfileCopy") continue;
      const from = instruction.flags.find((flag) => flag.name === "from")?.value?.toLowerCase();
      if (!from || !instruction.sources.some((source) => /^\/+(\.)?$/u.test(source.value))) continue;
      const copied = stages.find((candidate) => candidate.index < stage.index && (candidate.name?.toLowerCase() === from || String(candidate.index) === from));
      if (copied) pending.push(copied);
    }
  }
  shippedStages.set(program, shipped);
  return shipped;
}

/** Whether the stage's files end up in the final image (see `stagesInFinalImage`). */
export function shipsInFinalImage(stage: DockerfileStage): boolean {
  const program = stage.parent;
  return program?.type !== "Program" || stagesInFinalImage(program).has(stage);
}
