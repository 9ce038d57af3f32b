import type { Rule } from "eslint";
import type { DockerfileExecForm, Node, ShellCommand } from "dockerfile-eslint-parser";

/**
 * Where `&& next` can follow a command without changing what else runs: the command is a
 * statement of its own (in a script, a heredoc script, an `if`/`for` body, a subshell) or an
 * operand of `&&`. Not after a command in a pipeline (`a && next | b` would pipe `next`) or with
 * a heredoc (its body follows the line). Returns the fix, or null when there is no such place.
 */
export function appendToChain(fixer: Rule.RuleFixer, command: ShellCommand | DockerfileExecForm, next: string): Rule.Fix | null {
  if (command.type !== "ShellCommand" || !canFollow(command)) return null;
  return fixer.insertTextAfterRange(command.range, ` && ${next}`);
}

function canFollow(command: ShellCommand): boolean {
  if (command.redirects.some((redirect) => redirect.operator.startsWith("<<"))) return false;
  const parent: Node | null = command.parent;
  if (!parent) return false;
  switch (parent.type) {
    case "ShellScript":
      return true;
    case "ShellLogicalExpression":
      return parent.operator === "&&" || parent.left === command;
    case "ShellCompound":
      return ["if", "while", "for", "do_group", "compound", "subshell", "list", "else_clause", "elif_clause"].includes(parent.kind);
    case "ShellWord":
      // The script of `sh -c '...'`.
      return true;
    default:
      return false;
  }
}
