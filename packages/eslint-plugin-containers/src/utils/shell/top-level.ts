import type { Node } from "dockerfile-eslint-parser";

/**
 * Whether a shell node runs in the RUN's own shell process: at the top level of the RUN's
 * script, of its `RUN <<EOF` heredoc or of its exec form's `["sh", "-c", "…"]` script, or in an
 * `&&`/`||` chain there. Not
 * in a subshell, pipeline, `$(...)`, loop, `if` or function, whose effects on the shell (`cd`,
 * `set`, `export`) do not reach the commands after it.
 */
export function isTopLevel(node: Node): boolean {
  let current = node.parent;
  while (current?.type === "ShellLogicalExpression") current = current.parent;
  if (current?.type !== "ShellScript") return false;
  const owner = current.parent;
  if (owner?.type === "DockerfileShellForm") return true;
  if (owner?.type === "DockerfileArgument") return owner.parent?.type === "DockerfileExecForm";
  // `RUN <<EOF`: the heredoc body is the RUN's script.
  return owner?.type === "ShellHeredoc" && owner.parent?.type === "ShellScript" && owner.parent.parent?.type === "DockerfileShellForm" && owner.parent.body.length === 0;
}
