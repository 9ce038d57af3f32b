import type { ShellCommand, ShellWord } from "dockerfile-eslint-parser";

/** Commands that run the command after their own options: `sudo pip install`, `env X=1 pip`. */
const WRAPPERS = new Set(["sudo", "env", "nice", "nohup", "time", "exec", "command", "xargs", "doas", "su-exec", "gosu"]);

/** One invocation inside a shell command: the program, its arguments, and the words. */
export interface Invocation {
  /** The program's base name (`/usr/bin/pip3` → `pip3`). */
  program: string;
  /** Arguments after the program (and after `-m module` for `python -m pip`). */
  args: ShellWord[];
  command: ShellCommand;
}

function baseName(value: string): string {
  return value.slice(value.lastIndexOf("/") + 1);
}

/**
 * The program a shell command runs, looking through wrappers (`sudo -E pip install`) and the
 * `python -m <module>` form (reported as the module: `python3 -m pip install` → `pip`).
 */
export function invocationOf(command: ShellCommand): Invocation | null {
  const words = command.words;
  let index = 0;
  while (index < words.length) {
    const value = words[index].value;
    if (value === null) return null;
    const program = baseName(value);
    if (WRAPPERS.has(program)) {
      index++;
      // Skip the wrapper's own options and `VAR=value` pairs.
      while (index < words.length && /^(?:-|\w+=)/u.test(words[index].value ?? "")) index++;
      continue;
    }
    if (/^python[\d.]*$/u.test(program) && words[index + 1]?.value === "-m" && words[index + 2]?.value) {
      return { program: words[index + 2].value!, args: words.slice(index + 3), command };
    }
    return { program, args: words.slice(index + 1), command };
  }
  return null;
}

/** The first argument that is not an option: the subcommand of `apt-get install`, `pip install`. */
export function subcommandOf(invocation: Invocation): ShellWord | null {
  return invocation.args.find((word) => word.value !== null && !word.value.startsWith("-")) ?? null;
}

/** Whether an option is among the arguments: `--no-cache-dir`, or `--no-cache-dir=1`. */
export function hasOption(args: readonly ShellWord[], ...options: string[]): boolean {
  return args.some((word) => word.value !== null && options.some((option) => word.value === option || word.value!.startsWith(`${option}=`)));
}
