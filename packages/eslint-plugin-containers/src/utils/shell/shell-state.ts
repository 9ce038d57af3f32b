import type { DockerfileInstruction, Node, ShellCommand } from "dockerfile-eslint-parser";
import { type StageState, stateBefore, variableValue } from "../dockerfile/stage-state.js";
import { findNodes } from "./walk.js";

/**
 * What the shell has in effect when a command of a RUN runs: the variables and shell options
 * set earlier in the same RUN (or by a `VAR=x` prefix of the command itself, or of a command
 * wrapping it such as `VAR=x sh -c '...'`), the directory of the last `cd`, and the Dockerfile
 * state of the stage (ENV, ARG, SHELL, inherited through `FROM <stage>`).
 *
 * Earlier means earlier in source order; a `set` or `export` inside a subshell is counted as if
 * it leaked out (rare in Dockerfiles, and the safe direction for rules that look for a setting).
 */
export interface ShellState {
  /** Variables the RUN set before the command, by name: the last value, null when computed (`A=$(...)`). */
  variables: ReadonlyMap<string, string | null>;
  /**
   * Shell options in effect, by long name (`errexit`, `nounset`, `xtrace`, `pipefail`...): from the
   * stage's `SHELL ["/bin/bash", "-o", "pipefail", "-c"]` and from `set -euxo pipefail` / `set -o
   * pipefail` earlier in the RUN (`set +o` turns one off).
   */
  options: ReadonlySet<string>;
  /** The argument of the last `cd` before the command (null when computed); undefined when there was none. */
  directory: string | null | undefined;
  /** The stage state at the instruction (`stateBefore`). */
  stage: StageState;
}

const SHORT_OPTIONS: Readonly<Record<string, string>> = {
  e: "errexit", u: "nounset", x: "xtrace", f: "noglob", v: "verbose", n: "noexec", a: "allexport", C: "noclobber", h: "hashall", m: "monitor", b: "notify",
};

/** States per node: the cache rules and tool-caches ask about the same commands. */
const states = new WeakMap<Node, ShellState>();

/** The shell state just before `command` runs (see ShellState). */
export function shellStateBefore(command: Node): ShellState {
  let state = states.get(command);
  if (!state) {
    state = computeShellState(command);
    states.set(command, state);
  }
  return state;
}

function computeShellState(command: Node): ShellState {
  const stage = stateBefore(command);
  const variables = new Map<string, string | null>();
  const options = new Set<string>();
  let directory: string | null | undefined;
  const shellArgs = stage.shell?.command?.type === "DockerfileExecForm" ? stage.shell.command.elements.slice(1).map((element) => element.value) : [];
  applySet(shellArgs, options);
  const instruction = topInstruction(command);
  const commands = instruction ? findNodes(instruction, (node: Node): node is ShellCommand => node.type === "ShellCommand") : [];
  for (const earlier of commands) {
    const before = earlier.range[1] <= command.range[0];
    const around = earlier.range[0] <= command.range[0] && earlier.range[1] >= command.range[1];
    if (!before && !around) continue;
    // Own or enclosing `VAR=x cmd` prefixes, standalone `VAR=x` and `export VAR=x`.
    for (const assignment of earlier.assignments) variables.set(assignment.name, assignment.value?.value ?? (assignment.value ? null : ""));
    if (!before) continue;
    const [name, ...args] = earlier.words;
    if (name?.value === "export" || name?.value === "declare" || name?.value === "typeset" || name?.value === "readonly") {
      for (const arg of args) {
        const match = /^(\w+)=(.*)$/su.exec(arg.value ?? "");
        if (match) variables.set(match[1], match[2]);
      }
    } else if (name?.value === "set") {
      applySet(args.map((arg) => arg.value ?? ""), options);
    } else if (name?.value === "cd") {
      directory = args.find((arg) => !(arg.value ?? "").startsWith("-"))?.value ?? null;
    }
  }
  return { variables, options, directory, stage };
}

/**
 * A variable's value at the command: set in the RUN (null when computed there), else the
 * stage's ENV or ARG default (see `variableValue`); undefined when nothing sets it.
 */
export function variableAt(state: ShellState, name: string): string | null | undefined {
  if (state.variables.has(name)) return state.variables.get(name);
  return variableValue(state.stage, name);
}

/** Applies the arguments of `set` (or of a shell's command line) to a set of option names. */
function applySet(args: readonly string[], options: Set<string>): void {
  for (let index = 0; index < args.length; index++) {
    const arg = args[index];
    const match = /^([-+])([a-zA-Z]+)$/u.exec(arg);
    if (!match) continue;
    const on = match[1] === "-";
    for (const letter of match[2]) {
      const name = letter === "o" ? args[++index] : SHORT_OPTIONS[letter];
      if (!name) continue;
      if (on) options.add(name);
      else options.delete(name);
    }
  }
}

function topInstruction(node: Node): DockerfileInstruction | null {
  let current: Node | null = node;
  while (current && current.parent && current.parent.type !== "DockerfileStage" && current.parent.type !== "Program" && current.parent.type !== "DockerfileOnbuild") {
    current = current.parent;
  }
  return current && current.type.startsWith("Dockerfile") ? (current as DockerfileInstruction) : null;
}
