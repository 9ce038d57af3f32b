import type { DockerfileExecForm, DockerfileShellForm } from "dockerfile-eslint-parser";
import { plainCommandWords } from "../shell/plain-command.js";

/**
 * The argv of a CMD/ENTRYPOINT/RUN command when it is plain: the exec form's strings, or the
 * words of a shell form that is one plain command (`CMD bash -l`). Null otherwise.
 */
export function commandArgv(command: DockerfileExecForm | DockerfileShellForm | null): string[] | null {
  if (!command) return null;
  if (command.type === "DockerfileExecForm") return command.elements.map((element) => element.value);
  return plainCommandWords(command.script)?.map((word) => word.value!) ?? null;
}
