import type { ShellScript } from "dockerfile-eslint-parser";

/** Characters that make a word mean more than its text to the shell: globs and `~`. */
const SHELL_PATTERN = /[*?[\]~]/u;

/**
 * The argv of a script that is one plain command (no operators, redirections, assignments,
 * expansions or globs), or null. Such a command runs the same in exec form, so rewriting it
 * to `["prog", "arg"]` is safe.
 */
export function plainArgv(script: ShellScript | null): string[] | null {
  if (!script || script.hasError || script.heredocs.length > 0 || script.body.length !== 1) return null;
  const command = script.body[0];
  if (command.type !== "ShellCommand" || command.redirects.length > 0 || command.assignments.length > 0) return null;
  const argv: string[] = [];
  for (const word of command.words) {
    if (word.value === null || word.body.length > 0) return null;
    if (SHELL_PATTERN.test(word.value)) return null;
    argv.push(word.value);
  }
  return argv.length > 0 ? argv : null;
}

/** An exec-form JSON array as Docker users write it: `["node", "server.js"]`. */
export function execFormText(argv: readonly string[]): string {
  return `[${argv.map((arg) => JSON.stringify(arg)).join(", ")}]`;
}
