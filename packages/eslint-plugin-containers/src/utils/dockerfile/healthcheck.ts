import type { DockerfileHealthcheck, DockerfileStage, Program } from "dockerfile-eslint-parser";
import { getStages } from "./stages.js";

/**
 * The HEALTHCHECK in force in a stage: the stage's last HEALTHCHECK, else the one it inherits
 * when it is built `FROM` an earlier stage of the file (followed through any number of
 * stages). Null when the stage neither declares nor inherits one; a base image pulled from a
 * registry may still have its own, which cannot be known from the file.
 * `HEALTHCHECK NONE` is returned like any other: check `subcommand.value === "NONE"`.
 */
export function effectiveHealthcheck(program: Program, stage: DockerfileStage): DockerfileHealthcheck | null {
  const stages = getStages(program);
  let current: DockerfileStage | undefined = stage;
  const seen = new Set<DockerfileStage>();
  while (current && !seen.has(current)) {
    seen.add(current);
    const own = current.body.filter((node): node is DockerfileHealthcheck => node.type === "DockerfileHealthcheck");
    if (own.length > 0) return own[own.length - 1];
    const base: string | undefined = current.from.image?.raw.toLowerCase();
    const index: number = current.index;
    // `FROM name` names the latest earlier stage called `name` (stage names are case-insensitive).
    current = base === undefined ? undefined : stages.findLast((s) => s.index < index && s.name?.toLowerCase() === base);
  }
  return null;
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
