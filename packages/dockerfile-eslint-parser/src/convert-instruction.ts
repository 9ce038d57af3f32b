import { Instruction, type Argument, type Flag, type Heredoc, type JSONInstruction, type Property } from "dockerfile-ast";
import type {
  DockerfileArgument,
  DockerfileExecForm,
  DockerfileFlag,
  DockerfileHeredoc,
  DockerfileImageReference,
  DockerfileInstruction,
  DockerfileKeyValue,
  DockerfileKeyword,
  DockerfileShellForm,
  Range,
  ShellHeredoc,
  ShellScript,
} from "./ast.js";
import { argumentValue } from "./argument-value.js";
import { EMPTY, located, orEmpty, packed } from "./node-location.js";
import { cacheRawArguments } from "./cached-arguments.js";
import { parseImageReference } from "./image-reference.js";
import type { LineIndex } from "./line-index.js";
import { coveringRange, isScriptShell, parseShellScript, shellScriptIndex } from "./shell/convert-shell.js";
import { LITERAL_ESCAPE } from "./escaped-line-ends.js";
import { shellText } from "./shell/shell-text.js";
import { scanExecForm, type ExecFormElement } from "./exec-form.js";

type LspRange = Parameters<LineIndex["rangeOf"]>[0];

/** What converting one instruction needs to know about the file and the stage. */
export interface ConvertContext {
  text: string;
  lines: LineIndex;
  escapeCharacter: "\\" | "`";
  /** The stage's shell is POSIX: shell forms get a parsed script. */
  posixShell: boolean;
}

const SIMPLE_TYPES: Record<string, DockerfileInstruction["type"]> = {
  EXPOSE: "DockerfileExpose",
  USER: "DockerfileUser",
  WORKDIR: "DockerfileWorkdir",
  VOLUME: "DockerfileVolume",
  STOPSIGNAL: "DockerfileStopsignal",
  MAINTAINER: "DockerfileMaintainer",
};

/** Constant type names: a name built per node (`Dockerfile${...}`) was a string of its own in every node. */
const COMMAND_TYPES = { RUN: "DockerfileRun", CMD: "DockerfileCmd", ENTRYPOINT: "DockerfileEntrypoint", SHELL: "DockerfileShell" } as const;
const PAIR_TYPES = { ENV: "DockerfileEnv", LABEL: "DockerfileLabel", ARG: "DockerfileArg" } as const;

/** A heredoc-only first line: `RUN <<EOF` (Docker runs the body as the script). */
const HEREDOC_ONLY_LINE = /^\s*(?:<<-?\s*(["']?)[\w.-]+\1\s*)+$/u;

/** Builds one typed instruction node from dockerfile-ast's instruction. */
export class InstructionConverter {
  constructor(private readonly context: ConvertContext) {}

  private range(lspRange: LspRange): Range {
    const [start, end] = this.context.lines.rangeOf(lspRange);
    // dockerfile-ast can report an end before the start on malformed continuations (`ENV\⏎ =\⏎\  #`).
    return [start, Math.max(start, end)];
  }

  private slice(range: Range): string {
    return this.context.text.slice(range[0], range[1]);
  }

  convert(instruction: Instruction): DockerfileInstruction {
    cacheRawArguments(instruction);
    const keyword = instruction.getKeyword();
    const range = this.range(instruction.getRange());
    const keywordNode = this.keyword(instruction.getInstructionRange());
    const split = splitFlags(instruction);
    // On malformed input (`; \⏎\	\⏎`) dockerfile-ast can report a word that starts at the keyword.
    const args = split.args.filter((arg) => this.range(arg.getRange())[0] >= keywordNode.range[1]);
    const flags = orEmpty(split.flags.map((flag) => this.flag(flag)));
    const parent = null;
    switch (keyword) {
      case "FROM": {
        const { image, asKeyword, stageName } = this.fromParts(args);
        return located({ type: "DockerfileFrom" as const, keyword: keywordNode, flags, image, asKeyword, stageName, start: range[0], end: range[1], parent });
      }
      case "RUN":
      case "CMD":
      case "ENTRYPOINT":
      case "SHELL": {
        const type = COMMAND_TYPES[keyword];
        return located({ type, keyword: keywordNode, flags, command: this.command(instruction, args, range), start: range[0], end: range[1], parent });
      }
      case "HEALTHCHECK": {
        const [first, ...rest] = args;
        const subcommand = first ? this.keyword(first.getRange()) : null;
        const command = subcommand?.value === "CMD" ? this.command(instruction, rest, range) : null;
        return located({ type: "DockerfileHealthcheck" as const, keyword: keywordNode, flags, subcommand, command, start: range[0], end: range[1], parent });
      }
      case "COPY":
      case "ADD": {
        const type = keyword === "COPY" ? ("DockerfileCopy" as const) : ("DockerfileAdd" as const);
        const { sources, destination, heredocs, execForm } = this.copyParts(instruction as JSONInstruction, args, range);
        return located({ type, keyword: keywordNode, flags, sources, destination, heredocs, execForm, start: range[0], end: range[1], parent });
      }
      case "ENV":
      case "LABEL":
      case "ARG": {
        const type = PAIR_TYPES[keyword];
        let pairs = this.pairs(instruction);
        // `ARG A B C` declares three args (ARG has no legacy `key value` form); dockerfile-ast
        // reads it as one legacy pair.
        if (keyword === "ARG" && pairs.some((pair) => pair.legacy)) pairs = this.quotedWords(args).map((word) => this.argPair(word));
        return located({ type, keyword: keywordNode, flags, pairs: packed(pairs), start: range[0], end: range[1], parent });
      }
      case "ONBUILD": {
        const trigger = (instruction as unknown as { getTriggerInstruction(): Instruction | null }).getTriggerInstruction();
        return located({ type: "DockerfileOnbuild" as const, keyword: keywordNode, flags, trigger: trigger ? this.convert(trigger) : null, start: range[0], end: range[1], parent });
      }
      default: {
        const type = SIMPLE_TYPES[keyword] ?? "DockerfileUnknownInstruction";
        const argumentNodes = orEmpty(args.map((arg) => this.argument(arg)));
        return located({ type, keyword: keywordNode, flags, arguments: argumentNodes, start: range[0], end: range[1], parent } as unknown as DockerfileInstruction);
      }
    }
  }

  private keyword(lspRange: LspRange): DockerfileKeyword {
    const range = this.range(lspRange);
    const raw = this.slice(range);
    const upper = raw.toUpperCase();
    return located({ type: "DockerfileKeyword" as const, raw, value: upper === raw ? raw : upper, start: range[0], end: range[1], parent: null });
  }

  private flag(flag: Flag): DockerfileFlag {
    const range = this.range(flag.getRange());
    return located({
      type: "DockerfileFlag" as const,
      name: flag.getName(),
      value: unmaskNullable(flag.getValue(), this.context.escapeCharacter),
      options: orEmpty(flag.getOptions().map((option) => ({ name: option.getName(), value: option.getValue() }))),
      start: range[0],
      end: range[1],
      parent: null,
    });
  }

  argument(arg: Argument | { getRange(): LspRange; getValue(): string }, value?: string, minStart = 0): DockerfileArgument {
    const [start, end] = this.range(arg.getRange());
    const range: Range = [Math.max(start, minStart), Math.max(end, minStart)];
    const raw = this.slice(range);
    // dockerfile-ast's `getValue()` has already removed escapes (not quotes): the value is computed from the source once.
    const computed = value ?? argumentValue(raw, this.context.escapeCharacter);
    return located({ type: "DockerfileArgument" as const, value: computed === raw ? raw : computed, raw, script: null, start: range[0], end: range[1], parent: null });
  }

  /** The ranges of the words, joining the words dockerfile-ast split inside quotes (`V="1 2"`). */
  private quotedWords(args: Argument[]): Range[] {
    const words: Range[] = [];
    let open: Range | null = null;
    let quote: string | null = null;
    for (const arg of args) {
      const range = this.range(arg.getRange());
      const raw = this.slice(range);
      for (let index = 0; index < raw.length; index++) {
        const char = raw[index];
        if (char === this.context.escapeCharacter && quote !== "'") index++;
        else if (quote) quote = char === quote ? null : quote;
        else if (char === '"' || char === "'") quote = char;
      }
      open = open ? [open[0], range[1]] : range;
      if (!quote) {
        words.push(open);
        open = null;
      }
    }
    if (open) words.push(open);
    return words;
  }

  /** One `NAME` or `NAME=default` word of an ARG. */
  private argPair(range: Range): DockerfileKeyValue {
    const raw = this.slice(range);
    const equals = raw.indexOf("=");
    const keyRange: Range = equals === -1 ? range : [range[0], range[0] + equals];
    const word = (at: Range) => {
      const text = this.slice(at);
      return located({ type: "DockerfileArgument" as const, value: argumentValue(text, this.context.escapeCharacter), raw: text, script: null, start: at[0], end: at[1], parent: null });
    };
    const value = equals === -1 ? null : word([range[0] + equals + 1, range[1]]);
    return located({ type: "DockerfileKeyValue" as const, key: word(keyRange), value, legacy: false, start: range[0], end: range[1], parent: null });
  }

  private fromParts(args: Argument[]) {
    let image: DockerfileImageReference | null = null;
    if (args[0]) {
      const range = this.range(args[0].getRange());
      const raw = this.slice(range);
      const { registry, name, tag, digest, hasVariables } = parseImageReference(raw);
      image = located({ type: "DockerfileImageReference" as const, raw, registry, name, tag, digest, hasVariables, start: range[0], end: range[1], parent: null });
    }
    const asIndex = args.findIndex((arg, index) => index > 0 && arg.getValue().toUpperCase() === "AS");
    const asKeyword = asIndex > 0 ? this.keyword(args[asIndex].getRange()) : null;
    const stageName = asIndex > 0 && args[asIndex + 1] ? this.argument(args[asIndex + 1]) : null;
    return { image, asKeyword, stageName };
  }

  /** The command of RUN/CMD/ENTRYPOINT/SHELL/HEALTHCHECK: exec form if it is a JSON array. */
  private command(instruction: Instruction, args: Argument[], range: Range): DockerfileShellForm | DockerfileExecForm | null {
    if (args.length === 0) return null;
    const start = this.range(args[0].getRange())[0];
    const shellRange: Range = [start, range[1]];
    const text = shellText(this.slice(shellRange), this.context.escapeCharacter);
    const exec = scanExecForm(text.padded);
    if (exec) {
      const elements = exec.elements.map((element) => {
        const elementRange: Range = [start + element.start, start + element.end];
        const raw = this.slice(elementRange);
        const value = element.value === raw ? raw : element.value;
        return located({ type: "DockerfileArgument" as const, value, raw, script: null as ShellScript | null, start: elementRange[0], end: elementRange[1], parent: null });
      });
      if (instruction.getKeyword().toUpperCase() !== "SHELL") this.execFormScript(exec.elements, elements, text.padded, start);
      return located({ type: "DockerfileExecForm" as const, elements: orEmpty(elements), start: start + exec.start, end: start + exec.end, parent: null });
    }
    const script = this.context.posixShell ? this.script(text, start, instruction) : null;
    return located({ type: "DockerfileShellForm" as const, value: text.value, script, start: shellRange[0], end: shellRange[1], parent: null });
  }

  /**
   * `RUN ["/bin/sh", "-c", "apt-get update && ..."]`: the script string is parsed as shell when
   * the JSON string has no escapes (its text is then the script, offset by the quote), and set as
   * that element's `script`.
   */
  private execFormScript(scanned: ExecFormElement[], elements: DockerfileArgument[], padded: string, start: number): void {
    const index = execFormScriptIndex(scanned.map((element) => element.value));
    if (index < 0 || elements[index].raw.includes("\\")) return;
    const from = scanned[index].start + 1;
    const to = scanned[index].end - 1;
    const blanked = padded.slice(0, from).replace(/[^\r\n]/gu, " ") + padded.slice(from, to);
    const script = parseShellScript(blanked, start, this.context.lines, from);
    if (!script.hasError && script.body.length > 0) elements[index].script = script;
  }

  private script(text: ReturnType<typeof shellText>, start: number, instruction: Instruction): ShellScript {
    const { lines } = this.context;
    const heredocs = heredocsOf(instruction);
    if (heredocs.length > 0 && HEREDOC_ONLY_LINE.test(text.padded.slice(0, text.firstLineEnd))) {
      // `RUN <<EOF`: each body is the script. Parse the bodies in place (other text blanked).
      const blank = text.padded.replace(/[^\r\n]/gu, " ");
      const script = parseShellScript(blank, start, lines);
      script.body = EMPTY;
      const bodies: ShellHeredoc[] = [...script.heredocs];
      for (const heredoc of heredocs) {
        const content = heredoc.getContentRange();
        const delimiter = heredoc.getDelimiterRange();
        if (!content) continue;
        // The body starts after the first line (dockerfile-ast reports `RUN <<EOF⏎` as starting before it).
        const [contentStart, contentEnd] = this.range(content).map((offset) => offset - start);
        const bodyStart = Math.max(contentStart, text.firstLineEnd);
        const bodyEnd = Math.max(contentEnd, bodyStart);
        const padded = blank.slice(0, bodyStart) + text.padded.slice(bodyStart, bodyEnd);
        const body = parseShellScript(padded, start, lines, bodyStart);
        script.hasError ||= body.hasError;
        const end = delimiter ? this.range(delimiter)[1] : start + bodyEnd;
        const range: Range = [start + bodyStart, end];
        bodies.push(located({ type: "ShellHeredoc" as const, delimiter: heredoc.getName(), value: text.padded.slice(bodyStart, bodyEnd), script: body, start: range[0], end: range[1], parent: null }));
      }
      script.heredocs = orEmpty(bodies);
      script.range = coveringRange(script.range[0], script.range[1], script.heredocs);
      return script;
    }
    return parseShellScript(text.padded, start, lines);
  }

  private copyParts(instruction: JSONInstruction, args: Argument[], instructionRange: Range) {
    const strings = instruction.getJSONStrings?.() ?? [];
    const execForm = strings.length > 0;
    const heredocs: DockerfileHeredoc[] = [];
    let previousEnd = instructionRange[0];
    // In the exec form `<<EOF` inside a JSON string is a path, not a heredoc.
    for (const heredoc of execForm ? [] : heredocsOf(instruction)) {
      const content = heredoc.getContentRange() ? this.range(heredoc.getContentRange()!) : null;
      const delimiter = heredoc.getDelimiterRange() ? this.range(heredoc.getDelimiterRange()!) : null;
      const nameEnd = this.range(heredoc.getNameRange())[1];
      // An empty body starts at its delimiter; an empty unterminated one sits at the end of the
      // instruction. (Searching for the next "\n" gave offset 0 in a file without one, and two
      // unterminated heredocs overlapped.) Bodies follow their name and each other.
      const bodyStart = Math.max(content ? content[0] : delimiter ? delimiter[0] : instructionRange[1], nameEnd, previousEnd);
      const contentEnd = Math.max(content ? content[1] : bodyStart, bodyStart);
      const end = Math.max(delimiter ? delimiter[1] : contentEnd, contentEnd);
      previousEnd = end;
      const range: Range = [bodyStart, end];
      heredocs.push(located({ type: "DockerfileHeredoc" as const, delimiter: heredoc.getName(), value: this.slice([bodyStart, contentEnd]), start: range[0], end: range[1], parent: null }));
    }
    // Words inside heredoc bodies are not paths.
    const firstBody = heredocs.length > 0 ? heredocs[0].range[0] : Infinity;
    const paths = execForm
      ? strings.map((json) => this.argument(json, json.getJSONValue()))
      : args.filter((arg) => this.range(arg.getRange())[1] <= firstBody).map((arg) => this.argument(arg));
    const destination = paths.length > 1 ? paths[paths.length - 1] : null;
    const sources = orEmpty(destination ? paths.slice(0, -1) : paths);
    return { sources, destination, heredocs: orEmpty(heredocs), execForm };
  }

  private pairs(instruction: Instruction): DockerfileKeyValue[] {
    const withProperties = instruction as unknown as { getProperties?(): Property[]; getProperty?(): Property | null };
    const properties = withProperties.getProperties?.() ?? [withProperties.getProperty?.()].filter((p): p is Property => !!p);
    const pairs = properties.map((property) => {
      const key = this.argument({ getRange: () => property.getNameRange(), getValue: () => property.getName() }, property.getName());
      const valueRange = property.getValueRange();
      const value = valueRange
        ? // On malformed continuations (`ENV S \⏎\\t\tf`) dockerfile-ast can start the value before the key ends.
          this.argument({ getRange: () => valueRange, getValue: () => property.getValue() ?? "" }, flatString(property.getValue() ?? ""), key.range[1])
        : null;
      const operator = property.getAssignmentOperator();
      const range: Range = [key.range[0], value ? Math.max(value.range[1], key.range[1]) : key.range[1]];
      return located({ type: "DockerfileKeyValue" as const, key, value, legacy: operator === null && value !== null, start: range[0], end: range[1], parent: null });
    });
    // On malformed input (`ENV = \  \`) dockerfile-ast can report properties that overlap:
    // keep them in source order and drop any that overlap the one before, so siblings stay disjoint.
    pairs.sort((a, b) => a.range[0] - b.range[0]);
    let end = -1;
    return pairs.filter((pair) => {
      if (pair.range[0] < end) return false;
      end = pair.range[1];
      return true;
    });
  }
}

/**
 * An instruction's flags and the arguments after them. Docker's flags are the leading words that
 * start with `--`. dockerfile-ast keeps looking for flags past a word that merely contains `--`
 * (`RUN k-- --x`) and then drops the wrong words from `getArguments()`, which made the flag and
 * the command overlap; so take all the words and keep only the flags that lead them.
 */
function splitFlags(instruction: Instruction): { flags: Flag[]; args: Argument[] } {
  const found = "getFlags" in instruction ? (instruction.getFlags as () => Flag[])() : [];
  if (found.length === 0) return { flags: [], args: instruction.getArguments() };
  const all = Instruction.prototype.getArguments.call(instruction);
  let count = 0;
  while (
    count < found.length &&
    count < all.length &&
    all[count].getValue().startsWith("--") &&
    samePosition(found[count].getRange().start, all[count].getRange().start)
  ) {
    count++;
  }
  return { flags: found.slice(0, count), args: all.slice(count) };
}

function samePosition(a: { line: number; character: number }, b: { line: number; character: number }): boolean {
  return a.line === b.line && a.character === b.character;
}

/**
 * The same string, stored flat. dockerfile-ast builds a property's value a character at a time,
 * a chain of one V8 cons string per character (50 objects for a 60-character LABEL), which the
 * AST would keep; a JSON round trip gives one flat copy (lone surrogates included).
 */
function flatString(value: string): string {
  return value.length < 13 ? value : (JSON.parse(JSON.stringify(value)) as string);
}

/** dockerfile-ast declares `getHeredocs` protected on Instruction but public on the instructions that have them. */
function heredocsOf(instruction: Instruction): Heredoc[] {
  return (instruction as unknown as { getHeredocs?(): Heredoc[] }).getHeredocs?.() ?? [];
}

/** A value dockerfile-ast read from the masked text (see escaped-line-ends.ts), with the escape character back. */
function unmask(value: string, escapeCharacter: string): string {
  return value.includes(LITERAL_ESCAPE) ? value.replaceAll(LITERAL_ESCAPE, escapeCharacter) : value;
}

function unmaskNullable(value: string | null, escapeCharacter: string): string | null {
  return value === null ? null : unmask(value, escapeCharacter);
}

/** The index of the script in an exec form that runs a POSIX shell with `-c` (`["sh", "-ec", "..."]`), or -1. */
function execFormScriptIndex(argv: readonly string[]): number {
  return isScriptShell(argv[0] ?? null) ? shellScriptIndex(argv, 0) : -1;
}
