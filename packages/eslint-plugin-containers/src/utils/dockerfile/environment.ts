import type { DockerfileRun, DockerfileStage } from "dockerfile-eslint-parser";

/** Whether an ENV or ARG of the stage (before `before`) sets `name`. */
export function stageSetsVariable(stage: DockerfileStage | null, name: string, before: number): boolean {
  if (!stage) return false;
  return stage.body.some(
    (instruction) =>
      instruction.range[0] < before &&
      (instruction.type === "DockerfileEnv" || instruction.type === "DockerfileArg") &&
      instruction.pairs.some((pair) => pair.key.value === name),
  );
}

/** Whether a RUN has `--mount=type=cache` (a cache mount makes cache clean-up moot). */
export function hasCacheMount(run: DockerfileRun): boolean {
  return run.flags.some(
    (flag) => flag.name === "mount" && flag.options.some((option) => option.name === "type" && option.value === "cache"),
  );
}
