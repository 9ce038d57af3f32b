import type {
  Node,
  Range,
  ShellAssignment,
  ShellCommand,
  ShellCompound,
  ShellHeredoc,
  ShellRedirect,
  ShellScript,
  ShellStatement,
  ShellWord,
} from "../ast.js";
import type { LineIndex } from "../line-index.js";
import { withShellTree } from "./tree-sitter-bash.js";
import { copyShellTree, type ShellSyntaxNode as TreeSitterNode } from "./shell-syntax-tree.js";
import { visitorKeys } from "../visitor-keys.js";
import { staticWordValue } from "./word-value.js";
import { appended, EMPTY, located, packed } from "../node-location.js";

/** Commands that run a heredoc fed to them as a script (`RUN bash <<EOF`). */
const SHELLS = new Set(["sh", "bash", "ash", "dash", "zsh", "ksh", "/bin/sh", "/bin/bash", "/bin/ash", "/bin/dash"]);

const WORD_TYPES = new Set([
  "word", "string", "raw_string", "concatenation", "number", "simple_expansion", "expansion",
  "command_substitution", "process_substitution", "ansi_c_string", "translated_string",
  "arithmetic_expansion", "brace_expression", "extglob_pattern", "regex",
]);

const REDIRECT_TYPES = new Set(["file_redirect", "heredoc_redirect", "herestring_redirect"]);

/**
 * Turns tree-sitter's bash tree into our Shell* nodes. `base` is the source offset where the
 * parsed text starts; tree-sitter's indices are UTF-16 offsets into that text, so a node's
 * range is `base + index`. Parents are linked later, with the rest of the AST.
 */
class ShellConverter {
  hasError = false;
  readonly heredocs: ShellHeredoc[] = [];

  constructor(
    private readonly text: string,
    private readonly base: number,
    private readonly lines: LineIndex,
  ) {}

  private rangeOf(node: TreeSitterNode): Range {
    return [this.base + node.startIndex, this.base + node.endIndex];
  }

  private span(parts: Array<{ start: number; end: number }>, fallback: TreeSitterNode): Range {
    if (parts.length === 0) return this.rangeOf(fallback);
    let start = Infinity;
    let end = -Infinity;
    for (const part of parts) {
      start = Math.min(start, part.start);
      end = Math.max(end, part.end);
    }
    return [start, end];
  }

  /** The statements among a node's children, looking through clauses (`do_group`, `elif`...). */
  statements(node: TreeSitterNode): ShellStatement[] {
    const result: ShellStatement[] = [];
    for (const child of node.namedChildren) {
      // tree-sitter recovers from errors with MISSING nodes: they have no text and can sit
      // before the parsed text (in the blanked prefix of a heredoc body). An empty statement
      // (a command made of a MISSING word) is nothing to report.
      if (!child || child.isMissing || child.startIndex === child.endIndex) continue;
      const statement = this.statement(child);
      if (statement) result.push(statement);
      else if (!WORD_TYPES.has(child.type) && !REDIRECT_TYPES.has(child.type)) {
        result.push(...this.statements(child));
      } else {
        // A word in a condition (`for x in $(ls)`): keep the commands it runs.
        result.push(...this.substitutions(child));
      }
    }
    return result;
  }

  statement(node: TreeSitterNode): ShellStatement | null {
    if (node.type === "ERROR") this.hasError = true;
    switch (node.type) {
      case "command":
      case "declaration_command":
      case "unset_command":
      case "test_command":
      case "variable_assignments":
        return this.command(node);
      case "variable_assignment": {
        // A lone `A=1`: a command with one assignment and no words.
        const assignment = this.assignment(node);
        return located({ type: "ShellCommand" as const, name: null, words: EMPTY, assignments: [assignment], redirects: EMPTY, start: assignment.start, end: assignment.end, parent: null });
      }
      case "pipeline": {
        const commands = this.statements(node);
        if (commands.length === 0) return null;
        const range = this.span(commands, node);
        return located({ type: "ShellPipeline" as const, commands: packed(commands), start: range[0], end: range[1], parent: null });
      }
      case "list":
        return this.list(node);
      case "redirected_statement":
        return this.redirectedStatement(node);
      case "comment":
      case "ERROR":
        return null;
      default:
        if (WORD_TYPES.has(node.type) || REDIRECT_TYPES.has(node.type) || !node.isNamed) return null;
        if (node.type.endsWith("_statement") || node.type.endsWith("_command") || COMPOUND_KINDS.has(node.type)) {
          return this.compound(node);
        }
        return null;
    }
  }

  private list(node: TreeSitterNode): ShellStatement | null {
    const operatorNode = node.children.find((c) => c && (c.type === "&&" || c.type === "||"));
    const operands = this.statements(node);
    if (operands.length === 0) return null;
    if (operands.length === 1 || !operatorNode) return operands.length === 1 ? operands[0] : this.group(node, operands);
    const [left, right] = operands;
    const operator = operatorNode.type as "&&" | "||";
    const range = this.span([left, right], node);
    return located({ type: "ShellLogicalExpression" as const, operator, left, right, start: range[0], end: range[1], parent: null });
  }

  private group(node: TreeSitterNode, body: ShellStatement[]): ShellCompound {
    const range = this.span(body, node);
    return located({ type: "ShellCompound" as const, kind: "list", body: packed(body), heredocs: EMPTY, redirects: EMPTY, start: range[0], end: range[1], parent: null });
  }

  private compound(node: TreeSitterNode): ShellCompound {
    const body = this.statements(node);
    const kind = node.type.replace(/_(statement|command|definition)$/u, "");
    return located({ type: "ShellCompound" as const, kind, body: packed(body), heredocs: EMPTY, redirects: EMPTY, start: this.base + node.startIndex, end: this.base + node.endIndex, parent: null });
  }

  private command(node: TreeSitterNode): ShellCommand {
    const words: ShellWord[] = [];
    const assignments: ShellAssignment[] = [];
    const redirects: ShellRedirect[] = [];
    for (const child of node.children) {
      // A MISSING node is one tree-sitter invented to recover from an error; it has no text and
      // can sit before the parsed text (in the blanked prefix of a heredoc body).
      if (!child || child.isMissing) continue;
      if (child.type === "variable_assignment") assignments.push(this.assignment(child));
      else if (child.type === "variable_assignments") {
        for (const inner of child.namedChildren) if (inner) assignments.push(this.assignment(inner));
      } else if (REDIRECT_TYPES.has(child.type)) redirects.push(...this.redirect(child, null));
      else if (child.type === "command_name") words.push(this.word(child.namedChildren[0] ?? child));
      else if (WORD_TYPES.has(child.type)) words.push(this.word(child));
      else if (!child.isNamed && ["export", "declare", "local", "readonly", "typeset", "unset", "unsetenv", "[", "[["].includes(child.type)) {
        words.push(this.word(child));
      } else if (child.isNamed && child.type !== "comment") {
        // Test expressions (`-f x`) and the like: keep their words as arguments.
        words.push(...this.leafWords(child));
      }
    }
    const name = words.length > 0 ? words[0].value : null;
    this.parseScriptArgument(words);
    const parts = [...assignments, ...words, ...redirects];
    const range = this.span(parts, node);
    return located({ type: "ShellCommand" as const, name, words: packed(words), assignments: packed(assignments), redirects: packed(redirects), start: range[0], end: range[1], parent: null });
  }

  /**
   * `sh -c 'script'`, `bash -ec "script"`, `su app -c '...'`: the script argument is parsed as
   * shell, and its commands become the word's `body`, at their source positions (see
   * `scriptText`). A script that does not parse is left as a word.
   */
  private parseScriptArgument(words: ShellWord[]): void {
    const word = scriptArgument(words);
    if (!word) return;
    const start = word.range[0] - this.base;
    const end = word.range[1] - this.base;
    const script = scriptText(this.text.slice(start, end));
    if (script === null) return;
    const from = start + script.offset;
    const blanked = this.text.slice(0, from).replace(/[^\r\n]/gu, " ") + script.text;
    const parsed = parseShellScript(blanked, this.base, this.lines, from);
    if (parsed.hasError || parsed.body.length === 0) return;
    word.body = parsed.body;
    word.heredocs = parsed.heredocs;
  }

  private leafWords(node: TreeSitterNode): ShellWord[] {
    if (WORD_TYPES.has(node.type) || node.type === "test_operator") return [this.word(node)];
    return node.namedChildren.flatMap((child) => (child ? this.leafWords(child) : []));
  }

  private assignment(node: TreeSitterNode): ShellAssignment {
    const nameNode = node.childForFieldName("name");
    const valueNode = node.childForFieldName("value");
    const value = valueNode ? this.word(valueNode) : null;
    return located({ type: "ShellAssignment" as const, name: nameNode?.text ?? "", value, start: this.base + node.startIndex, end: this.base + node.endIndex, parent: null });
  }

  word(node: TreeSitterNode): ShellWord {
    return located({ type: "ShellWord" as const, value: staticWordValue(node), body: packed(this.substitutions(node)), heredocs: EMPTY, start: this.base + node.startIndex, end: this.base + node.endIndex, parent: null });
  }

  /** Statements run by `$(...)`, backticks and `<(...)` anywhere inside a word. */
  private substitutions(node: TreeSitterNode): ShellStatement[] {
    if (node.type === "command_substitution" || node.type === "process_substitution") return this.statements(node);
    return node.namedChildren.flatMap((child) => (child ? this.substitutions(child) : []));
  }

  /**
   * A redirect. tree-sitter nests what follows a heredoc operator on its line (`> f && next`)
   * inside the heredoc redirect; `rest` receives those trailing redirects and statements.
   */
  private redirect(node: TreeSitterNode, rest: { operator: string; statement: ShellStatement } | null, command: string | null = null): ShellRedirect[] {
    const operatorNode = node.children.find((c) => c && !c.isNamed);
    const operator = node.children
      .filter((c) => c && !c.isNamed && c.type !== "&&" && c.type !== "||" && c.type !== "|" && c.type !== ";")
      .map((c) => c!.type)
      .join("");
    if (node.type !== "heredoc_redirect") {
      const target = node.childForFieldName("destination") ?? node.namedChildren.find((c) => c && WORD_TYPES.has(c.type)) ?? null;
      const descriptor = node.childForFieldName("descriptor");
      const start = descriptor ?? operatorNode ?? node;
      const end = target ?? node;
      const range: Range = [this.base + start.startIndex, this.base + end.endIndex];
      return [located({ type: "ShellRedirect" as const, operator: (descriptor?.text ?? "") + operator, target: target ? this.word(target) : null, start: range[0], end: range[1], parent: null })];
    }
    const start = node.children.find((c) => c?.type === "heredoc_start");
    const redirectRange: Range = [this.base + node.startIndex, this.base + (start?.endIndex ?? node.startIndex + operator.length)];
    const heredocRedirect: ShellRedirect = located({ type: "ShellRedirect" as const, operator, target: start ? this.word(start) : null, start: redirectRange[0], end: redirectRange[1], parent: null });
    const redirects = [heredocRedirect];
    for (const child of node.namedChildren) {
      if (child && REDIRECT_TYPES.has(child.type)) redirects.push(...this.redirect(child, null));
    }
    this.heredoc(node, start ?? null, command);
    const right = node.childForFieldName("right");
    const chain = node.childForFieldName("operator");
    if (right && rest) {
      const statement = this.statement(right);
      if (statement) {
        rest.operator = chain?.type ?? "&&";
        rest.statement = statement;
      }
    }
    return redirects;
  }

  /** Records a heredoc body; a body fed to a shell is parsed as a script of its own. */
  private heredoc(node: TreeSitterNode, start: TreeSitterNode | null, command: string | null): void {
    const end = node.children.find((c) => c?.type === "heredoc_end");
    if (!end) {
      this.hasError = true;
      return;
    }
    // The body starts on the line after the operator.
    const afterOperator = this.text.indexOf("\n", start?.endIndex ?? node.startIndex);
    const bodyStart = afterOperator === -1 ? end.startIndex : afterOperator + 1;
    const delimiter = (start?.text ?? "").replace(/^["']|["']$/gu, "");
    // Like the body of `RUN <<EOF` and COPY heredocs: without the line break before the delimiter.
    const value = this.text.slice(bodyStart, end.startIndex).replace(/(?:\r\n|\r|\n)$/u, "");
    const runsAsScript = command === null || SHELLS.has(command);
    const script = runsAsScript ? parseShellScript(this.text.slice(0, end.startIndex).replace(/[^\r\n]/gu, " ").slice(0, bodyStart) + value, this.base, this.lines, bodyStart) : null;
    const range: Range = [this.base + bodyStart, this.base + end.endIndex];
    this.heredocs.push(located({ type: "ShellHeredoc" as const, delimiter, value, script, start: range[0], end: range[1], parent: null }));
  }

  private redirectedStatement(node: TreeSitterNode): ShellStatement | null {
    const bodyNode = node.childForFieldName("body");
    let body = bodyNode ? this.statement(bodyNode) : null;
    const command = body?.type === "ShellCommand" ? body.name : null;
    const redirects: ShellRedirect[] = [];
    const rest: { operator: string; statement: ShellStatement | null } = { operator: "", statement: null };
    for (const child of node.namedChildren) {
      if (child && REDIRECT_TYPES.has(child.type)) {
        redirects.push(...this.redirect(child, rest as { operator: string; statement: ShellStatement }, command));
      }
    }
    if (!body) {
      const range = this.span(redirects, node);
      body = located({ type: "ShellCommand" as const, name: null, words: EMPTY, assignments: EMPTY, redirects: EMPTY, start: range[0], end: range[1], parent: null });
    }
    if (redirects.length > 0) {
      if (body.type === "ShellCommand" || body.type === "ShellCompound") body.redirects = appended(body.redirects, ...redirects);
      else {
        const range = this.span([body, ...redirects], node);
        body = located({ type: "ShellCompound" as const, kind: "redirected", body: [body], heredocs: EMPTY, redirects, start: range[0], end: range[1], parent: null });
      }
    }
    body.range = this.span([body, ...redirects], node);
    if (!rest.statement) return body;
    const right = rest.statement;
    const range = this.span([body, right], node);
    if (rest.operator === "|") {
      return located({ type: "ShellPipeline" as const, commands: [body, right], start: range[0], end: range[1], parent: null });
    }
    if (rest.operator === "&&" || rest.operator === "||") {
      const operator: "&&" | "||" = rest.operator;
      return located({ type: "ShellLogicalExpression" as const, operator, left: body, right, start: range[0], end: range[1], parent: null });
    }
    return this.group(node, [body, right]);
  }
}

/** Shells whose `-c` runs its argument as a script, and commands that wrap a shell. */
const SCRIPT_SHELLS = new Set(["sh", "bash", "ash", "dash", "zsh", "ksh", "mksh"]);
const SHELL_WRAPPERS = new Set(["sudo", "env", "exec", "nice", "nohup", "time", "su-exec", "gosu", "doas", "chroot", "runuser"]);

function baseName(value: string | null): string {
  return value === null ? "" : value.slice(value.lastIndexOf("/") + 1);
}

/**
 * The word a command runs as a shell script: the first operand after `-c` (alone or among
 * short options: `-ec`, `-xc`) of `sh`/`bash`/..., possibly behind a wrapper (`sudo sh -c`),
 * or the value of `su`'s `-c`/`--command`.
 */
export function scriptArgument(words: readonly ShellWord[]): ShellWord | null {
  const first = baseName(words[0]?.value ?? null);
  if (first === "su" || first === "runuser") {
    const index = words.findIndex((word) => word.value === "-c" || word.value === "--command");
    return index > 0 ? (words[index + 1] ?? null) : null;
  }
  const index = words.findIndex((word) => isScriptShell(word.value));
  if (index < 0 || (index > 0 && !SHELL_WRAPPERS.has(first))) return null;
  const script = shellScriptIndex(words.map((word) => word.value), index);
  return script < 0 ? null : words[script];
}

/** Is `value` (a path or a name) a shell whose `-c` runs its argument as a script? */
export function isScriptShell(value: string | null): boolean {
  return SCRIPT_SHELLS.has(baseName(value));
}

/**
 * The index of the script a shell at `shell` runs: the first operand after its options when
 * they include `-c` (alone or bundled: `-ec`, `-xc`), else -1. A word whose value is unknown
 * (null) ends the options.
 */
export function shellScriptIndex(values: ReadonlyArray<string | null>, shell: number): number {
  let sawC = false;
  for (let index = shell + 1; index < values.length; index++) {
    const value = values[index];
    if (value === null) return sawC ? index : -1;
    if (value === "--") continue;
    if (/^[-+][oO]$/u.test(value)) {
      index++;
      continue;
    }
    if (/^--\w/u.test(value)) continue;
    if (/^[-+][a-zA-Z]+$/u.test(value)) {
      sawC ||= value.startsWith("-") && value.includes("c");
      continue;
    }
    return sawC ? index : -1;
  }
  return -1;
}

/**
 * The script a word hands to the shell, as text of the same length as the word's content, so
 * that offsets stay source offsets: the content of single quotes or of a plain word as it is; the
 * content of double quotes with each `\\"` made a quote the same length: `" ` where it opens a
 * quoted string, ` "` where it closes one (the blank lands inside the string, not between words).
 * Other escapes are kept as written (`\\$HOME` then reads as text, not as an expansion).
 * Null for other words (`$'...'`, mixed quoting).
 */
function scriptText(raw: string): { text: string; offset: number } | null {
  if (/^'[^']*'$/u.test(raw)) return { text: raw.slice(1, -1), offset: 1 };
  if (/^[^\s'"\\$`]+$/u.test(raw)) return { text: raw, offset: 0 };
  if (!/^"(?:[^"\\]|\\[\s\S])*"$/u.test(raw)) return null;
  let opening = true;
  const text = raw.slice(1, -1).replace(/\\[\s\S]/gu, (escape) => {
    if (escape !== '\\"') return escape;
    const quote = opening ? '" ' : ' "';
    opening = !opening;
    return quote;
  });
  return { text, offset: 1 };
}

const COMPOUND_KINDS = new Set([
  "subshell", "compound_statement", "function_definition", "negated_command", "do_group",
  "arithmetic_expansion", "c_style_for_statement",
]);

/**
 * Parses `text` (already padded: same length as the source it covers, see shell-text.ts) into
 * a ShellScript whose nodes carry source ranges. `start` skips a prefix that belongs to
 * something else (a heredoc body is parsed from where it starts).
 */
export function parseShellScript(text: string, base: number, lines: LineIndex, start = 0): ShellScript {
  const converter = new ShellConverter(text, base, lines);
  const body = withShellTree(text, (tree) => {
    converter.hasError ||= tree.rootNode.hasError;
    return converter.statements(copyShellTree(tree, text));
  });
  const heredocs = converter.heredocs.filter((heredoc) => !placeHeredoc(body, heredoc));
  // Trim only shell blanks: `trimEnd` also drops characters such as U+FEFF that the shell
  // reads as part of a word, which left that word's command outside the script.
  const textEnd = endWithoutShellBlanks(text);
  const range = coveringRange(base + start, base + textEnd, [...heredocs, ...body]);
  return located({ type: "ShellScript" as const, body: packed(body), heredocs: packed(heredocs), hasError: converter.hasError, start: range[0], end: range[1], parent: null });
}

/**
 * A heredoc whose body lies inside a statement (`for ...; do cat <<X ... X; done` or
 * `v=$(cat <<X ... X)` in a `RUN <<EOF` script) goes to the innermost compound statement or word
 * around it: listed in the script, it overlapped that statement. Returns whether it was placed.
 */
function placeHeredoc(nodes: Node[], heredoc: ShellHeredoc): boolean {
  for (const node of nodes) {
    if (node.range[0] > heredoc.range[0] || node.range[1] < heredoc.range[1]) continue;
    const children: Node[] = [];
    for (const key of visitorKeys[node.type] ?? []) {
      const value = (node as unknown as Record<string, Node | Node[] | null>)[key];
      if (Array.isArray(value)) children.push(...value);
      else if (value) children.push(value);
    }
    if (placeHeredoc(children, heredoc)) return true;
    if (node.type === "ShellCompound" || node.type === "ShellWord") {
      node.heredocs = appended(node.heredocs, heredoc);
      return true;
    }
  }
  return false;
}

/** A script's range: its text, and the heredoc bodies that follow it. */
export function coveringRange(start: number, textEnd: number, heredocs: Array<{ range: Range }>): Range {
  const end = Math.max(start, textEnd, ...heredocs.map((heredoc) => heredoc.range[1]));
  return [start, end];
}

/** The length of `text` without trailing spaces, tabs and line breaks (a loop: a `/\s+$/` regex is quadratic on long blank runs). */
function endWithoutShellBlanks(text: string): number {
  let end = text.length;
  while (end > 0 && " \t\r\n".includes(text[end - 1])) end--;
  return end;
}
