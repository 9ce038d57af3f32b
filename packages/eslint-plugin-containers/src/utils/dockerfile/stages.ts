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
