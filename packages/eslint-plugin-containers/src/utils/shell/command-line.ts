import type { DockerfileExecForm, DockerfileInstruction, Node, ShellCommand } from "dockerfile-eslint-parser";
import type { Rule } from "eslint";
import type { Located } from "../create-rule.js";
import { type CommandWord, type Invocation, invocationOf, invocationOfExecForm } from "./commands.js";
import { TOOLS, type ToolName, type ToolSpec, toolOfProgram } from "./tools.js";
import { onRunCommands } from "./run-listeners.js";
import { findNodes } from "./walk.js";

/**
 * The command-line model: one reading of a tool's arguments that every rule shares.
 *
 *   commandLineOf(command)        the CommandLine of a ShellCommand (any depth: `&&`, pipes,
 *                                 `if`/`for`, `$(...)`, heredoc scripts, `sh -c '...'`), or null
 *                                 when it runs no known tool
 *   commandLineOfExecForm(form)   the same for `RUN ["pip", "install", "x"]`
 *   commandLinesIn(instruction)   every CommandLine of a RUN (or any instruction), in source order
 *   hasOption(line, ...names)     option present (`-y` also inside `-qy`; pip's `--no-cache`
 *                                 abbreviation resolved to `--no-cache-dir`)
 *   insertAfter(fixer, word, arg) the fix that adds an argument after a word (shell or exec form)
 *
 * Tools and their options are declared in tools.ts; package operands and whether they are
 * pinned in package-versions.ts; the RUN-local shell state (exports, `set -o pipefail`, `cd`)
 * in shell-state.ts.
 */
export interface CommandOption {
  /**
   * `-y`, `--yes`, as written, with a combined `-qy` split into `-q` and `-y`, and an abbreviated
   * pip option resolved (`--no-cache` → `--no-cache-dir`). Go's one-dash options stay whole (`-ldflags`).
   */
  name: string;
  /** The value: of `--opt=value`, `-ovalue`, or the next word; null when the option takes none (or it is computed). */
  value: string | null;
  /** The word the option is written in. */
  word: CommandWord;
  /** The next word, when that word is the option's value. */
  valueWord: CommandWord | null;
  /** Written before the subcommand. */
  global: boolean;
}

export interface CommandLine {
  tool: ToolName;
  /** The program as written, base name (`pip3`, `apt`). */
  program: string;
  programWord: CommandWord;
  launcher: Invocation["launcher"];
  node: ShellCommand | DockerfileExecForm;
  /** Every word after the program. */
  args: readonly CommandWord[];
  /** The subcommand word (`install` of `apt-get install`); null for tools without subcommands. */
  subcommand: CommandWord | null;
  /** The subcommand's canonical name (`apk add` → `add`, `zypper in` → `install`); null when absent or computed. */
  action: string | null;
  options: readonly CommandOption[];
  /** Words that are neither options nor option values, after the subcommand (all of them for tools without one). */
  operands: readonly CommandWord[];
}

const cache = new WeakMap<object, CommandLine | null>();

/** The command line of a shell command that runs a known tool, or null. */
export function commandLineOf(command: ShellCommand): CommandLine | null {
  if (!cache.has(command)) {
    const invocation = invocationOf(command);
    cache.set(command, invocation ? parseCommandLine(invocation) : null);
  }
  return cache.get(command)!;
}

/** The command line of an exec form that runs a known tool directly, or null. */
export function commandLineOfExecForm(form: DockerfileExecForm): CommandLine | null {
  if (!cache.has(form)) {
    const invocation = invocationOfExecForm(form);
    cache.set(form, invocation ? parseCommandLine(invocation) : null);
  }
  return cache.get(form)!;
}

/** Command lines per instruction: a dozen rules ask for those of every RUN. */
const linesOfInstruction = new WeakMap<DockerfileInstruction, readonly CommandLine[]>();

/**
 * Every command line an instruction runs, in source order: its shell commands at any depth
 * (including `sh -c` scripts and heredoc scripts) and its exec form.
 */
export function commandLinesIn(instruction: DockerfileInstruction): readonly CommandLine[] {
  let lines = linesOfInstruction.get(instruction);
  if (!lines) {
    lines = commandNodesIn(instruction).flatMap((node) => (node.type === "ShellCommand" ? commandLineOf(node) : commandLineOfExecForm(node)) ?? []);
    linesOfInstruction.set(instruction, lines);
  }
  return lines;
}

/** Every program an instruction runs (known tool or not), in source order, wrappers looked through. */
export function invocationsIn(instruction: DockerfileInstruction): Invocation[] {
  return commandNodesIn(instruction).flatMap((node) => (node.type === "ShellCommand" ? invocationOf(node) : invocationOfExecForm(node)) ?? []);
}

function commandNodesIn(instruction: DockerfileInstruction): Array<ShellCommand | DockerfileExecForm> {
  return findNodes(instruction, (node: Node): node is ShellCommand | DockerfileExecForm => node.type === "ShellCommand" || node.type === "DockerfileExecForm");
}

/** Whether one of the options is present. */
export function hasOption(line: CommandLine, ...names: string[]): boolean {
  return line.options.some((option) => names.includes(option.name));
}

const APT_DRY_RUN = ["-s", "--simulate", "--just-print", "--dry-run", "--recon", "--no-act"];
const DRY_RUN: Readonly<Partial<Record<ToolName, readonly string[]>>> = {
  "apt-get": APT_DRY_RUN,
  apt: APT_DRY_RUN,
  aptitude: ["-s", "--simulate"],
  apk: ["-s", "--simulate"],
  pip: ["--dry-run"],
  npm: ["--dry-run"],
  yum: ["--assumeno"],
  dnf: ["--assumeno"],
  zypper: ["--dry-run"],
};

/** Whether the command only shows what it would do (`apt-get install -s`, `pip install --dry-run`). */
export function isDryRun(line: CommandLine): boolean {
  return hasOption(line, ...(DRY_RUN[line.tool] ?? []));
}

/** The first of the options present, or undefined. */
export function findOption(line: CommandLine, ...names: string[]): CommandOption | undefined {
  return line.options.find((option) => names.includes(option.name));
}

/** Where to report about a command as a whole: from the program to its subcommand (`pip install`). */
export function commandSpan(line: CommandLine): Located {
  const end = line.subcommand ?? line.programWord;
  return {
    range: [line.programWord.range[0], end.range[1]],
    loc: { start: line.programWord.loc.start, end: end.loc.end },
  };
}

/** The fix that adds `argument` after `word`: ` arg` in the shell, `, "arg"` in an exec form. */
export function insertAfter(fixer: Rule.RuleFixer, word: CommandWord, argument: string): Rule.Fix {
  return word.type === "DockerfileArgument"
    ? fixer.insertTextAfterRange(word.range, `, ${JSON.stringify(argument)}`)
    : fixer.insertTextAfterRange(word.range, ` ${argument}`);
}

function parseCommandLine(invocation: Invocation): CommandLine | null {
  const tool = toolOfProgram(invocation.program);
  if (!tool) return null;
  // uv's pip interface does not take pip's abbreviated options.
  const spec = invocation.launcher === "uv" ? { ...TOOLS[tool], abbreviatable: undefined } : TOOLS[tool];
  const args = invocation.args;
  const options: CommandOption[] = [];
  const operands: CommandWord[] = [];
  let subcommand: CommandWord | null = null;
  let endOfOptions = false;
  for (let index = 0; index < args.length; index++) {
    const word = args[index];
    const value = word.value;
    const isOption = !endOfOptions && value !== null && value.length > 1 && value.startsWith("-");
    if (value === "--" && !endOfOptions) {
      endOfOptions = true;
      continue;
    }
    if (!isOption) {
      // tar's old style: the first word is a bundle of option letters (`tar xzf a.tgz`).
      if (tool === "tar" && index === 0 && value !== null && /^[a-zA-Z]+$/u.test(value)) {
        index += readShort(spec, `-${value}`, word, args[index + 1] ?? null, false, options);
        continue;
      }
      if (spec.subcommands && subcommand === null && operands.length === 0) subcommand = word;
      else operands.push(word);
      continue;
    }
    const global = spec.subcommands && subcommand === null;
    const next = args[index + 1] ?? null;
    if (value.startsWith("--") || spec.singleDashLong) index += readLong(spec, value, word, next, global, options);
    else index += readShort(spec, value, word, next, global, options);
  }
  const action = subcommand?.value ? (spec.aliases?.[subcommand.value] ?? subcommand.value) : null;
  return {
    tool,
    program: invocation.program,
    programWord: invocation.programWord,
    launcher: invocation.launcher,
    node: invocation.node,
    args,
    subcommand,
    action,
    options,
    operands,
  };
}

/** Reads `--name`, `--name=value` or `--name value`; returns how many extra words it used. */
function readLong(spec: ToolSpec, text: string, word: CommandWord, next: CommandWord | null, global: boolean, options: CommandOption[]): number {
  const equals = text.indexOf("=");
  const name = resolveAbbreviation(spec, equals === -1 ? text : text.slice(0, equals));
  if (equals !== -1) {
    options.push({ name, value: text.slice(equals + 1), word, valueWord: null, global });
    return 0;
  }
  if (next && spec.longWithValue?.includes(name)) {
    options.push({ name, value: next.value, word, valueWord: next, global });
    return 1;
  }
  options.push({ name, value: null, word, valueWord: null, global });
  return 0;
}

/** Reads `-y`, `-qy`, `-oValue`, `-o value`; returns how many extra words it used. */
function readShort(spec: ToolSpec, text: string, word: CommandWord, next: CommandWord | null, global: boolean, options: CommandOption[]): number {
  const letters = text.slice(1);
  let used = 0;
  for (let position = 0; position < letters.length; position++) {
    const letter = letters[position];
    const name = `-${letter}`;
    if (!spec.shortWithValue?.includes(letter)) {
      // `-q=2` and the like: the rest is this flag's value.
      if (letters[position + 1] === "=") {
        options.push({ name, value: letters.slice(position + 2), word, valueWord: null, global });
        break;
      }
      options.push({ name, value: null, word, valueWord: null, global });
      continue;
    }
    const rest = letters.slice(position + 1);
    if (rest) {
      options.push({ name, value: rest.replace(/^=/u, ""), word, valueWord: null, global });
    } else if (next && used === 0) {
      options.push({ name, value: next.value, word, valueWord: next, global });
      used = 1;
    } else {
      options.push({ name, value: null, word, valueWord: null, global });
    }
    break;
  }
  return used;
}

/** pip's `--no-cache` is `--no-cache-dir`: optparse takes any unambiguous prefix of a long option. */
function resolveAbbreviation(spec: ToolSpec, name: string): string {
  const known = spec.abbreviatable;
  if (!known || known.includes(name)) return name;
  const matches = known.filter((option) => option.startsWith(name));
  return matches.length === 1 ? matches[0] : name;
}

/**
 * Listeners that call `check` on every command line a RUN runs (ONBUILD RUN included): shell
 * commands at any depth, `sh -c` and heredoc scripts, and the exec form.
 */
export function onRunCommandLines(check: (line: CommandLine) => void) {
  return onRunCommands(
    (command) => {
      const line = commandLineOf(command);
      if (line) check(line);
    },
    (form) => {
      const line = commandLineOfExecForm(form);
      if (line) check(line);
    },
  );
}
