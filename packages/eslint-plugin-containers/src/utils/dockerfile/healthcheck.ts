import type { DockerfileHealthcheck, DockerfileStage, Program } from "dockerfile-eslint-parser";
import { stageEndState } from "./stage-state.js";
import { getStages } from "./stages.js";

/**
 * The HEALTHCHECK in force at the end of a stage, its own or inherited from the earlier stage
 * its FROM names (see `stage-state.ts`). Null when the stage neither declares nor inherits one;
 * a base image pulled from a registry may still have its own, which cannot be known from the
 * file. `HEALTHCHECK NONE` is returned like any other: check `subcommand.value === "NONE"`.
 */
export function effectiveHealthcheck(stage: DockerfileStage): DockerfileHealthcheck | null {
  return stageEndState(stage).healthcheck;
}

/** Whether a HEALTHCHECK instruction turns health checking off (`HEALTHCHECK NONE`). */
export function isHealthcheckNone(node: DockerfileHealthcheck): boolean {
  return node.subcommand?.value === "NONE";
}

/**
 * The stage `docker build --target <name>` builds (names compared case-insensitively, as
 * Docker does), or the last stage when `target` is null. Null when there is no such stage.
 */
export function targetStage(program: Program, target: string | null): DockerfileStage | null {
  const stages = getStages(program);
  if (target === null) return stages[stages.length - 1] ?? null;
  const wanted = target.toLowerCase();
  return stages.find((stage) => stage.name?.toLowerCase() === wanted) ?? null;
}
