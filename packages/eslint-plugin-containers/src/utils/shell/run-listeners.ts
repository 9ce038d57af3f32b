import type { DockerfileExecForm, Node, ShellCommand } from "dockerfile-eslint-parser";

/**
 * Listeners for the commands a RUN runs (ONBUILD RUN included): its shell commands at any depth
 * and its exec form. They listen to the plain node types and look up the RUN themselves: the
 * selectors `DockerfileRun ShellCommand` and `DockerfileRun > DockerfileExecForm` made ESLint
 * match through esquery for every command, once per rule. Every rule about RUN commands uses
 * these, so their listeners keep running together, in the order of the rules.
 */
export function onRunCommands(
  onCommand: (command: ShellCommand) => void,
  onExecForm: (form: DockerfileExecForm) => void,
): { ShellCommand(command: ShellCommand): void; DockerfileExecForm(form: DockerfileExecForm): void } {
  return {
    ShellCommand(command) {
      if (isInRun(command)) onCommand(command);
    },
    DockerfileExecForm(form) {
      if (form.parent?.type === "DockerfileRun") onExecForm(form);
    },
  };
}

function isInRun(node: Node): boolean {
  for (let current = node.parent; current; current = current.parent) if (current.type === "DockerfileRun") return true;
  return false;
}
