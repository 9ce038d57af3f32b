import type { DockerfileArgument, DockerfileExecForm, ShellCommand, ShellWord } from "dockerfile-eslint-parser";

/**
 * One word of a command line: a shell word (`value` null when it holds an expansion such as
 * `$VAR`), or a string of an exec-form array (`RUN ["pip", "install", "flask"]`).
 */
export type CommandWord = ShellWord | DockerfileArgument;

/** One program run by a shell command or an exec form, wrappers and launchers looked through. */
export interface Invocation {
  /** The program's base name (`/usr/bin/pip3` → `pip3`; `python -m pip` and `uv pip` → `pip`). */
  program: string;
  /** The word naming the program (the `pip` of `python -m pip`). */
  programWord: CommandWord;
  /** Arguments after the program. */
  args: CommandWord[];
  /** How the program was launched when not directly: `python -m`, `uv`. */
  launcher: "python -m" | "uv" | null;
  /** The shell command, or the exec form, that runs it. */
  node: ShellCommand | DockerfileExecForm;
}

/**
 * Commands that run the command after their own options, with the options of theirs that take
 * a value (so that `sudo -u app pip install` reads `pip`, not `app`), and how many operands they
 * take before the command (`gosu app cmd`, `timeout 10 cmd`).
 */
const WRAPPERS: Readonly<Record<string, { withValue: RegExp; operands: number }>> = {
  sudo: { withValue: /^-[ugpChDrtTU]$|^--(user|group|prompt|close-from|host|chdir|role|type|command-timeout|other-user)$/u, operands: 0 },
  doas: { withValue: /^-[uC]$/u, operands: 0 },
  env: { withValue: /^-[uCS]$|^--(unset|chdir|split-string)$/u, operands: 0 },
  nice: { withValue: /^-n$|^--adjustment$/u, operands: 0 },
  nohup: { withValue: /^$/u, operands: 0 },
  time: { withValue: /^-[fo]$|^--(format|output)$/u, operands: 0 },
  exec: { withValue: /^-a$/u, operands: 0 },
  command: { withValue: /^$/u, operands: 0 },
  xargs: { withValue: /^-[InPdELsa]$|^--(max-args|max-procs|delimiter|eof|max-lines|max-chars|arg-file|replace)$/u, operands: 0 },
  stdbuf: { withValue: /^-[ioe]$/u, operands: 0 },
  timeout: { withValue: /^-[sk]$|^--(signal|kill-after)$/u, operands: 1 },
  "su-exec": { withValue: /^$/u, operands: 1 },
  gosu: { withValue: /^$/u, operands: 1 },
  chroot: { withValue: /^--(userspec|groups)$/u, operands: 1 },
};

function baseName(value: string): string {
  return value.slice(value.lastIndexOf("/") + 1);
}

/**
 * The program a list of words runs, looking through wrappers (`sudo -E pip install`,
 * `env PIP_X=1 pip`, `xargs -n1 pip install`) and launchers (`python3 -m pip`, `uv pip`).
 * Null when the program is computed (`$PIP install`) or only looked up (`command -v pip`).
 */
export function invocationOfWords(words: readonly CommandWord[], node: Invocation["node"]): Invocation | null {
  let index = 0;
  while (index < words.length) {
    const value = words[index].value;
    if (value === null) return null;
    const program = baseName(value);
    const wrapper = Object.hasOwn(WRAPPERS, program) ? WRAPPERS[program] : undefined;
    if (wrapper) {
      index++;
      // The wrapper's options, their values, and `VAR=value` pairs; `--` ends them.
      while (index < words.length) {
        const word = words[index].value ?? "";
        if (program === "command" && /^-[vV]+$/u.test(word)) return null;
        if (word === "--") {
          index++;
          break;
        }
        if (/^\w+=/u.test(word) || (/^-/u.test(word) && !/^-\d/u.test(word))) {
          index += wrapper.withValue.test(word) ? 2 : 1;
        } else if (program === "nice" && /^-\d+$/u.test(word)) index++;
        else break;
      }
      index += wrapper.operands;
      continue;
    }
    if (/^python[\d.]*$/u.test(program)) {
      // `python3 -u -m pip install`: options before `-m`, then the module.
      let next = index + 1;
      while (next < words.length && /^-[^m-]/u.test(words[next].value ?? "") && words[next].value !== "-c") next++;
      if (words[next]?.value === "-m" && words[next + 1]?.value) {
        return { program: words[next + 1].value!, programWord: words[next + 1], args: words.slice(next + 2), launcher: "python -m", node };
      }
    }
    if (program === "uv" && words[index + 1]?.value === "pip") {
      return { program: "pip", programWord: words[index + 1], args: words.slice(index + 2), launcher: "uv", node };
    }
    return { program, programWord: words[index], args: words.slice(index + 1), launcher: null, node };
  }
  return null;
}

/** Invocations per command or exec form: most shell rules read the program of every command. */
const invocations = new WeakMap<Invocation["node"], Invocation | null>();

function cachedInvocation(node: Invocation["node"], words: readonly CommandWord[]): Invocation | null {
  let invocation = invocations.get(node);
  if (invocation === undefined) {
    invocation = invocationOfWords(words, node);
    invocations.set(node, invocation);
  }
  return invocation;
}

/** The program a shell command runs; see `invocationOfWords`. */
export function invocationOf(command: ShellCommand): Invocation | null {
  return cachedInvocation(command, command.words);
}

/** The program an exec form runs directly (`RUN ["pip", "install", "x"]`). */
export function invocationOfExecForm(form: DockerfileExecForm): Invocation | null {
  return cachedInvocation(form, form.elements);
}
