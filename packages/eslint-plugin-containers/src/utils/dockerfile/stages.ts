import type { DockerfileStage, Node, Program } from "dockerfile-eslint-parser";
import { findAncestor } from "./ancestors.js";

/** The stages of a Dockerfile, in order. */
export function getStages(program: Program): DockerfileStage[] {
  return program.body.filter((node): node is DockerfileStage => node.type === "DockerfileStage");
}

/** The stage a node belongs to; null above the first FROM. */
export function stageOf(node: Node): DockerfileStage | null {
  return findAncestor(node, "DockerfileStage");
}

/** Lowercase names of the stages before `stage` (what `FROM <name>` and `COPY --from` may name). */
export function earlierStageNames(program: Program, stage: DockerfileStage): Set<string> {
  const names = new Set<string>();
  for (const earlier of getStages(program)) {
    if (earlier.index >= stage.index) break;
    if (earlier.name) names.add(earlier.name.toLowerCase());
  }
  return names;
}

/**
 * The earlier stage a stage's `FROM <name>` builds on (case-insensitive, as Docker; the last
 * earlier stage of that name), or null when its FROM names an image.
 */
export function baseStage(program: Program, stage: DockerfileStage): DockerfileStage | null {
  const raw = stage.from.image?.raw.toLowerCase();
  if (!raw) return null;
  let found: DockerfileStage | null = null;
  for (const earlier of getStages(program)) {
    if (earlier.index >= stage.index) break;
    if (earlier.name?.toLowerCase() === raw) found = earlier;
  }
  return found;
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
