import type { DockerfileInstruction, Program } from "dockerfile-eslint-parser";

/**
 * Every instruction of a file in source order: those above the first FROM, those of each stage,
 * and the trigger of each ONBUILD right after its ONBUILD. For rules that judge the file as a
 * whole (casing majority, order) rather than one instruction at a time.
 */
export function allInstructions(program: Program): DockerfileInstruction[] {
  const found: DockerfileInstruction[] = [];
  const add = (instruction: DockerfileInstruction) => {
    found.push(instruction);
    if (instruction.type === "DockerfileOnbuild" && instruction.trigger) add(instruction.trigger);
  };
  for (const node of program.body) {
    if (node.type === "DockerfileStage") node.body.forEach(add);
    else if (node.type !== "DockerfileParserDirective") add(node);
  }
  return found;
}
