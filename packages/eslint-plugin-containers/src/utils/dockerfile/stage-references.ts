import type { DockerfileCopy, DockerfileFrom, DockerfileRun, DockerfileStage, Program } from "dockerfile-eslint-parser";
import type { Located } from "../create-rule.js";
import { locate } from "../image-uses.js";
import { getStages, lastStageNamedBefore, stagesNamed } from "./stages.js";

/** A place that names a stage (or an image, or a named context) by name: FROM, COPY --from, RUN --mount=from=. */
export interface NameReference {
  /** The name as written. */
  name: string;
  /** The name's text in the source; a fix that renames replaces exactly this. */
  location: Located;
  instruction: DockerfileFrom | DockerfileCopy | DockerfileRun;
  /** The stage the reference sits in. */
  stage: DockerfileStage;
}

/**
 * Every `FROM <name>`, `COPY --from=<name>` and `RUN --mount=...,from=<name>` of the file, in
 * source order (not those inside ONBUILD: they name stages of the Dockerfile built FROM this
 * image). Only references whose name is written plainly, on the flag's line, are listed.
 */
export function nameReferences(program: Program, text: string): NameReference[] {
  const references: NameReference[] = [];
  for (const stage of getStages(program)) {
    const image = stage.from.image;
    if (image && !image.hasVariables) references.push({ name: image.raw, location: image, instruction: stage.from, stage });
    for (const instruction of stage.body) {
      if (instruction.type !== "DockerfileCopy" && instruction.type !== "DockerfileRun") continue;
      for (const flag of instruction.flags) {
        const flagText = text.slice(...flag.range);
        const match =
          instruction.type === "DockerfileCopy" && flag.name === "from"
            ? /^--from=([^\s,"']+)$/u.exec(flagText)
            : flag.name === "mount"
              ? /[=,]from=([^\s,"']+)/u.exec(flagText)
              : null;
        if (!match || match[1].includes("$")) continue;
        const start = flag.range[0] + match.index + match[0].length - match[1].length;
        references.push({ name: match[1], location: locate(text, start, start + match[1].length), instruction, stage });
      }
    }
  }
  return references;
}

/** The stage a reference names: the last stage of that name before the reference's stage (FROM), or any stage (COPY/RUN), case-insensitively. */
export function referencedStage(program: Program, reference: NameReference): DockerfileStage | null {
  const earlier = lastStageNamedBefore(program, reference.name, reference.stage.index);
  if (reference.instruction.type === "DockerfileFrom") return earlier;
  return earlier ?? stagesNamed(program, reference.name)[0] ?? null;
}
