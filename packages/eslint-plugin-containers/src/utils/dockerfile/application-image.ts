import type { DockerfileStage } from "dockerfile-eslint-parser";
import { isDependencyManifest } from "../dependency-manifests.js";
import { stageEndState } from "./stage-state.js";

/** Helper scripts that tool and base images copy in (`docker-entrypoint.sh`, `entrypoint.bat`). */
const SCRIPT = /\.(?:sh|bash|bat|cmd|ps1)$/iu;

/**
 * Whether the image a stage builds packages an application: some COPY/ADD of the stage (or of
 * the stages it is built on) brings in files from the build context other than helper scripts
 * and dependency manifests (an image that copies only `requirements.txt` installs a tool).
 * Base and tool images (`python`, `buildpack-deps`, `busybox`, a CI toolbox) download and
 * install what they ship instead; rules about how an app image is built leave them alone.
 */
export function packagesApplication(stage: DockerfileStage): boolean {
  for (const current of stageEndState(stage).stages) {
    for (const instruction of current.body) {
      if (instruction.type !== "DockerfileCopy" && instruction.type !== "DockerfileAdd") continue;
      if (instruction.flags.some((flag) => flag.name === "from")) continue;
      const local = instruction.sources.filter((source) => !/^(?:[a-z][a-z\d+.-]*:\/\/|git@)/iu.test(source.value));
      if (local.some((source) => !SCRIPT.test(source.value) && !isDependencyManifest(source.value))) return true;
    }
  }
  return false;
}
