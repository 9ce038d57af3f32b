import type { DockerfileInstruction, Node } from "dockerfile-eslint-parser";
import { findAncestor } from "./ancestors.js";
import { stateBefore } from "./stage-state.js";

/**
 * Whether APT is configured with a setting (`APT::Install-Recommends`, `APT::Get::Assume-Yes`)
 * before `node`: a RUN of the stage, of a stage it is built on, or the node's own RUN mentions the
 * setting (`echo 'APT::Install-Recommends "false";' > /etc/apt/apt.conf.d/...`), or a COPY/ADD
 * writes into `/etc/apt/apt.conf.d` (its content is unknown: assume it does).
 */
export function aptConfigured(node: Node, setting: RegExp): boolean {
  const own = findAncestor(node, "DockerfileRun");
  if (own?.command?.type === "DockerfileShellForm" && setting.test(own.command.value)) return true;
  const state = stateBefore(node);
  for (const [index, stage] of state.stages.entries()) {
    for (const instruction of stage.body) {
      if (index === 0 && instruction.range[0] >= node.range[0]) break;
      if (configures(instruction, setting)) return true;
    }
  }
  return false;
}

function configures(instruction: DockerfileInstruction, setting: RegExp): boolean {
  if (instruction.type === "DockerfileRun") return instruction.command?.type === "DockerfileShellForm" && setting.test(instruction.command.value);
  if (instruction.type === "DockerfileCopy" || instruction.type === "DockerfileAdd") {
    return instruction.destination?.value.includes("/etc/apt/apt.conf") ?? false;
  }
  return false;
}
