import type { DockerfileStage, Node } from "dockerfile-eslint-parser";
import { stateBefore } from "./stage-state.js";
import { stageOf } from "./stages.js";

/** A RUN that hands its text to PowerShell or cmd: the habit of Windows Dockerfiles. */
const WINDOWS_COMMAND = /^\s*(powershell|pwsh|cmd)(\.exe)?(\s|$)/iu;
/** Image names that say Windows beyond the ones the parser knows (`stefanscherer/node-windows`). */
const WINDOWS_IMAGE = /windows|nanoserver|servercore/iu;

const guesses = new WeakMap<DockerfileStage, boolean>();

/**
 * Whether a node is in a stage that looks like a Windows stage the parser could not recognise
 * (its base image is not a known Windows image, so its RUN text was parsed as POSIX shell):
 * the base image's name says Windows, or a RUN of the stage starts with `powershell`, `pwsh` or
 * `cmd`. Rules that read commands skip such stages: `wget` there is PowerShell's
 * `Invoke-WebRequest`, and a POSIX fix would break it.
 */
export function looksLikeWindowsStage(node: Node): boolean {
  const stage = stageOf(node);
  if (!stage) return false;
  let guess = guesses.get(stage);
  if (guess === undefined) {
    const { baseImage, stages } = stateBefore(stage.from);
    guess =
      WINDOWS_IMAGE.test(baseImage?.raw ?? "") ||
      stages.some((each) => each.body.some((instruction) => instruction.type === "DockerfileRun" && instruction.command?.type === "DockerfileShellForm" && WINDOWS_COMMAND.test(instruction.command.value)));
    guesses.set(stage, guess);
  }
  return guess;
}
