/**
 * The AST of a Dockerfile. Every node has `type`, `range` (offsets into the text), `loc`
 * (1-based lines, 0-based columns, as in ESTree) and `parent`. `docs/ast.md` documents each type.
 */

export interface Position {
  /** 1-based line. */
  line: number;
  /** 0-based column, in UTF-16 code units. */
  column: number;
}

export interface SourceLocation {
  start: Position;
  end: Position;
}

export type Range = [number, number];

export interface BaseNode {
  type: string;
  /** `range[0]`, stored (`range` is computed from `start` and `end`). */
  start: number;
  /** `range[1]`, stored. */
  end: number;
  range: Range;
  loc: SourceLocation;
  parent: Node | null;
}

// ---------------------------------------------------------------------------------------------
// File level

export interface Program extends BaseNode {
  type: "Program";
  parent: null;
  /** Parser directives, instructions before the first FROM (global ARGs) and stages, in order. */
  body: Array<DockerfileParserDirective | DockerfileInstruction | DockerfileStage>;
  comments: Comment[];
  tokens: Token[];
  /** The escape character in force: `\` or the one set by `# escape=`. */
  escapeCharacter: "\\" | "`";
  /** Kept for ESLint's scope analysis in parser mode. */
  sourceType: "script";
}

export interface Comment {
  type: "Line";
  /** The text after `#`. */
  value: string;
  start: number;
  end: number;
  range: Range;
  loc: SourceLocation;
}

export interface Token {
  type: "Keyword" | "Punctuator" | "String" | "Identifier";
  value: string;
  start: number;
  end: number;
  range: Range;
  loc: SourceLocation;
}

/** `# syntax=...`, `# escape=...`, `# check=...` at the top of the file. */
export interface DockerfileParserDirective extends BaseNode {
  type: "DockerfileParserDirective";
  /** Lowercase directive name. */
  name: string;
  value: string;
}

/** A FROM and the instructions up to the next FROM. */
export interface DockerfileStage extends BaseNode {
  type: "DockerfileStage";
  /** 0-based position among the stages. */
  index: number;
  /** The `AS` name as written, or null. */
  name: string | null;
  /** The stage's FROM is `body[0]`. */
  from: DockerfileFrom;
  body: DockerfileInstruction[];
}

// ---------------------------------------------------------------------------------------------
// Pieces of instructions

/** An instruction keyword (`RUN`), `AS` in FROM, or `CMD`/`NONE` in HEALTHCHECK, as written. */
export interface DockerfileKeyword extends BaseNode {
  type: "DockerfileKeyword";
  /** As written, e.g. `run`. */
  raw: string;
  /** Uppercase. */
  value: string;
}

/** `--name=value` before an instruction's arguments. */
export interface DockerfileFlag extends BaseNode {
  type: "DockerfileFlag";
  name: string;
  /** null for a bare `--link`. */
  value: string | null;
  /** The comma-separated `key=value` options of `--mount`, `--secret`... */
  options: Array<{ name: string; value: string | null }>;
}

/** A word of an instruction, quotes and escapes removed in `value`, variables kept unexpanded. */
export interface DockerfileArgument extends BaseNode {
  type: "DockerfileArgument";
  value: string;
  raw: string;
  /**
   * Set only on the script string of an exec form that runs a shell with `-c`
   * (`RUN ["/bin/sh", "-c", "apt-get update"]`) when the JSON string has no escapes: the parsed
   * script, at its source positions. `null` on every other argument.
   */
  script: ShellScript | null;
}

/** An image reference in FROM, registry/name/tag/digest split out. */
export interface DockerfileImageReference extends BaseNode {
  type: "DockerfileImageReference";
  raw: string;
  /** `ghcr.io`, `localhost:5000`, or null for Docker Hub. */
  registry: string | null;
  /** Repository path without registry, e.g. `library/python` or `python`. */
  name: string;
  tag: string | null;
  digest: string | null;
  /** The reference contains `$VAR` or `${VAR}` (kept unexpanded). */
  hasVariables: boolean;
}

/** A `key=value` (or legacy `key value`) pair of ENV, LABEL or ARG. */
export interface DockerfileKeyValue extends BaseNode {
  type: "DockerfileKeyValue";
  key: DockerfileArgument;
  value: DockerfileArgument | null;
  /** `ENV key value` without `=`. */
  legacy: boolean;
}

/** The JSON array form `["executable", "arg"]`. */
export interface DockerfileExecForm extends BaseNode {
  type: "DockerfileExecForm";
  elements: DockerfileArgument[];
}

/** The shell form: the text is run by the stage's shell. */
export interface DockerfileShellForm extends BaseNode {
  type: "DockerfileShellForm";
  /** The command text, continuation lines joined, comment lines dropped (what Docker runs). */
  value: string;
  /** The parsed shell; null where the stage's SHELL is not POSIX (pwsh, cmd). */
  script: ShellScript | null;
}

/** A heredoc of COPY/ADD (`COPY <<EOF /file`). RUN heredocs are part of the shell script. */
export interface DockerfileHeredoc extends BaseNode {
  type: "DockerfileHeredoc";
  delimiter: string;
  /** The body text. */
  value: string;
}

// ---------------------------------------------------------------------------------------------
// Instructions

interface InstructionBase extends BaseNode {
  keyword: DockerfileKeyword;
  flags: DockerfileFlag[];
}

export interface DockerfileFrom extends InstructionBase {
  type: "DockerfileFrom";
  image: DockerfileImageReference | null;
  asKeyword: DockerfileKeyword | null;
  stageName: DockerfileArgument | null;
}

/** An instruction that runs a command, in shell form or exec form. */
interface CommandInstructionBase extends InstructionBase {
  command: DockerfileShellForm | DockerfileExecForm | null;
}

export interface DockerfileRun extends CommandInstructionBase {
  type: "DockerfileRun";
}

export interface DockerfileCmd extends CommandInstructionBase {
  type: "DockerfileCmd";
}

export interface DockerfileEntrypoint extends CommandInstructionBase {
  type: "DockerfileEntrypoint";
}

export interface DockerfileHealthcheck extends CommandInstructionBase {
  type: "DockerfileHealthcheck";
  /** `CMD` or `NONE`. */
  subcommand: DockerfileKeyword | null;
}

export interface DockerfileShell extends CommandInstructionBase {
  type: "DockerfileShell";
}

/** COPY and ADD: source paths (or heredocs) and a destination. */
interface CopyInstructionBase extends InstructionBase {
  sources: DockerfileArgument[];
  destination: DockerfileArgument | null;
  heredocs: DockerfileHeredoc[];
  /** Written as a JSON array. */
  execForm: boolean;
}

export interface DockerfileCopy extends CopyInstructionBase {
  type: "DockerfileCopy";
}

export interface DockerfileAdd extends CopyInstructionBase {
  type: "DockerfileAdd";
}

export interface DockerfileEnv extends InstructionBase {
  type: "DockerfileEnv";
  pairs: DockerfileKeyValue[];
}

export interface DockerfileLabel extends InstructionBase {
  type: "DockerfileLabel";
  pairs: DockerfileKeyValue[];
}

export interface DockerfileArg extends InstructionBase {
  type: "DockerfileArg";
  pairs: DockerfileKeyValue[];
}

export interface DockerfileOnbuild extends InstructionBase {
  type: "DockerfileOnbuild";
  trigger: DockerfileInstruction | null;
}

/** Simple instructions whose arguments are plain words. */
export interface DockerfileSimpleInstruction extends InstructionBase {
  type:
    | "DockerfileExpose"
    | "DockerfileUser"
    | "DockerfileWorkdir"
    | "DockerfileVolume"
    | "DockerfileStopsignal"
    | "DockerfileMaintainer";
  arguments: DockerfileArgument[];
}

/** A keyword Docker does not know (`valid-syntax` reports it). */
export interface DockerfileUnknownInstruction extends InstructionBase {
  type: "DockerfileUnknownInstruction";
  arguments: DockerfileArgument[];
}

export type DockerfileInstruction =
  | DockerfileFrom
  | DockerfileRun
  | DockerfileCmd
  | DockerfileEntrypoint
  | DockerfileHealthcheck
  | DockerfileShell
  | DockerfileCopy
  | DockerfileAdd
  | DockerfileEnv
  | DockerfileLabel
  | DockerfileArg
  | DockerfileOnbuild
  | DockerfileSimpleInstruction
  | DockerfileUnknownInstruction;

// ---------------------------------------------------------------------------------------------
// Shell (RUN, CMD, ENTRYPOINT, HEALTHCHECK CMD in shell form)

/** The parsed shell text of one shell form. */
export interface ShellScript extends BaseNode {
  type: "ShellScript";
  body: ShellStatement[];
  /** Heredoc bodies, in order; a body run by the shell has its own script. */
  heredocs: ShellHeredoc[];
  /** The shell parser had to recover from a syntax error. */
  hasError: boolean;
}

/** A simple command: `apt-get install -y curl`, with its assignments and redirections. */
export interface ShellCommand extends BaseNode {
  type: "ShellCommand";
  /** The command name without quotes (`apt-get`), or null when it is computed or absent. */
  name: string | null;
  /** argv: `words[0]` is the command name. */
  words: ShellWord[];
  assignments: ShellAssignment[];
  redirects: ShellRedirect[];
}

/** A word; `value` is its text after quote removal, null when it has expansions. */
export interface ShellWord extends BaseNode {
  type: "ShellWord";
  value: string | null;
  /** Commands inside `$(...)`, backticks or `<(...)` in this word. */
  body: ShellStatement[];
  /** Heredoc bodies that lie inside this word (`v=$(cat <<X ... X)` in a `RUN <<EOF` script). */
  heredocs: ShellHeredoc[];
}

export interface ShellAssignment extends BaseNode {
  type: "ShellAssignment";
  name: string;
  value: ShellWord | null;
}

export interface ShellRedirect extends BaseNode {
  type: "ShellRedirect";
  /** `>`, `>>`, `2>`, `<<`, `<<-`, `<<<`, `&>`... */
  operator: string;
  target: ShellWord | null;
}

export interface ShellHeredoc extends BaseNode {
  type: "ShellHeredoc";
  delimiter: string;
  value: string;
  /** Set when the body is a script the shell runs (`RUN <<EOF`, `RUN bash <<EOF`). */
  script: ShellScript | null;
}

/** `a | b | c`. */
export interface ShellPipeline extends BaseNode {
  type: "ShellPipeline";
  commands: ShellStatement[];
}

/** `a && b`, `a || b`. */
export interface ShellLogicalExpression extends BaseNode {
  type: "ShellLogicalExpression";
  operator: "&&" | "||";
  left: ShellStatement;
  right: ShellStatement;
}

/** if/for/while/case/subshell/group/function/negation...; `body` holds every statement inside. */
export interface ShellCompound extends BaseNode {
  type: "ShellCompound";
  kind: string;
  body: ShellStatement[];
  /** Heredoc bodies that lie inside this statement (a `cat <<X` in a loop of a `RUN <<EOF` script). */
  heredocs: ShellHeredoc[];
  redirects: ShellRedirect[];
}

export type ShellStatement = ShellCommand | ShellPipeline | ShellLogicalExpression | ShellCompound;

export type ShellNode =
  | ShellScript
  | ShellStatement
  | ShellWord
  | ShellAssignment
  | ShellRedirect
  | ShellHeredoc;

export type DockerfileNode =
  | DockerfileParserDirective
  | DockerfileStage
  | DockerfileInstruction
  | DockerfileKeyword
  | DockerfileFlag
  | DockerfileArgument
  | DockerfileImageReference
  | DockerfileKeyValue
  | DockerfileExecForm
  | DockerfileShellForm
  | DockerfileHeredoc;

export type Node = Program | DockerfileNode | ShellNode;

/**
 * The node type(s) whose `type` can be `T`. Unlike `Extract<Node, { type: T }>` it also finds
 * nodes whose `type` is a union (`DockerfileSimpleInstruction` for `"DockerfileWorkdir"`).
 */
export type NodeOfType<T extends Node["type"]> = Node extends infer N
  ? N extends { type: infer U }
    ? T extends U
      ? N
      : never
    : never
  : never;
