import { DockerfileParser, type Instruction } from "dockerfile-ast";
import type {
  Comment,
  DockerfileInstruction,
  DockerfileParserDirective,
  DockerfileStage,
  Node,
  Program,
  Token,
} from "./ast.js";
import { InstructionConverter, type ConvertContext } from "./convert-instruction.js";
import { maskEscapedLineEnds } from "./escaped-line-ends.js";
import { LineIndex } from "./line-index.js";
import { attachLineIndex, EMPTY, located, packed, TextToken } from "./node-location.js";
import { DockerfileParseError } from "./parse-error.js";
import { defaultShellIsPosix, isPosixShell, isWindowsImage } from "./shell/shell-of-stage.js";
import { visitorKeys } from "./visitor-keys.js";

/** Docker's parser-directive line: `# name=value`, the name one word (BuildKit's regexp). */
const DOCKER_DIRECTIVE = /^#[ \t]*[a-zA-Z][a-zA-Z0-9]*[ \t]*=[ \t]*\S/u;

/**
 * Parses a Dockerfile into our AST. Tolerant like dockerfile-ast: unknown instructions, a stray
 * continuation or an unterminated heredoc still give an AST (the `valid-syntax` rule reports
 * them). Only an internal failure throws, as a DockerfileParseError with line and column.
 */
export function parseDockerfile(text: string): Program {
  const lines = new LineIndex(text);
  let document = DockerfileParser.parse(text);
  const escapeCharacter = document.getEscapeCharacter() === "`" ? "`" : "\\";
  // dockerfile-ast continues a line that ends in an escaped escape (`C:\\dir\\`); Docker does not.
  const masked = maskEscapedLineEnds(text, escapeCharacter);
  if (masked !== text) document = DockerfileParser.parse(masked);
  const context: ConvertContext = { text, lines, escapeCharacter, posixShell: defaultShellIsPosix(escapeCharacter) };
  const converter = new InstructionConverter(context);

  const body: Program["body"] = [];
  /** Lines dockerfile-ast took for directives that Docker reads as comments. */
  const directiveComments: Comment[] = [];
  let directivesEnd = 0;
  let directivesOver = false;
  for (const directive of document.getDirectives()) {
    const range = lines.rangeOf(directive.getRange());
    // dockerfile-ast also reads `# escape=` inside the value of a directive on the same line
    // (`# syntax=x # escape=\``); Docker reads one directive per line, so drop the overlapping one.
    if (range[0] < directivesEnd) continue;
    directivesEnd = range[1];
    // dockerfile-ast accepts `# hadolint global ignore=DL3003` as a directive named `hadolint`;
    // Docker requires `# name=value` with a one-word name, and the first comment ends directives.
    directivesOver ||= !DOCKER_DIRECTIVE.test(text.slice(range[0], range[1]));
    if (directivesOver) {
      directiveComments.push(new TextToken("Line", text.slice(range[0] + 1, range[1]), range[0], range[1], lines));
      continue;
    }
    const node: DockerfileParserDirective = located({
      type: "DockerfileParserDirective" as const,
      name: directive.getName().toLowerCase(),
      value: directive.getValue(),
      start: range[0],
      end: range[1],
      parent: null,
    });
    body.push(node);
  }

  // hadolint's `# hadolint shell=powershell` pragma names the file's shell when nothing else tells.
  const pragma = /^[ \t]*#[ \t]*hadolint[ \t]+shell=(\S+)/mu.exec(text);
  const defaultPosix = pragma ? isPosixShell(pragma[1]) : defaultShellIsPosix(escapeCharacter);

  const stages: DockerfileStage[] = [];
  /** The POSIX-ness of each named stage's shell at its end, for stages built FROM it. */
  const stageShells = new Map<string, boolean>();
  let stage: DockerfileStage | null = null;
  for (const instruction of document.getInstructions()) {
    const node = convertGuarded(converter, instruction, lines);
    if (node.type === "DockerfileFrom") {
      if (stage?.name) stageShells.set(stage.name.toLowerCase(), context.posixShell);
      const parentShell = node.image && stageShells.get(node.image.raw.toLowerCase());
      context.posixShell = parentShell ?? (defaultPosix && !isWindowsImage(node.image?.raw ?? ""));
      stage = located({
        type: "DockerfileStage" as const,
        index: stages.length,
        name: node.stageName?.value ?? null,
        from: node,
        body: [node],
        start: node.start,
        end: node.end,
        parent: null,
      });
      stages.push(stage);
      body.push(stage);
      continue;
    }
    if (node.type === "DockerfileShell" && node.command?.type === "DockerfileExecForm" && node.command.elements[0]) {
      context.posixShell = isPosixShell(node.command.elements[0].value);
    }
    if (stage) {
      stage.body.push(node);
      stage.end = node.end;
    } else {
      body.push(node);
    }
  }

  const comments: Comment[] = [
    ...directiveComments,
    ...document.getComments().map((comment): Comment => {
      const range = lines.rangeOf(comment.getRange());
      return new TextToken("Line", text.slice(range[0] + 1, range[1]), range[0], range[1], lines);
    }),
  ].sort((a, b) => a.start - b.start);

  for (const each of stages) each.body = packed(each.body);
  const program: Program = located({
    type: "Program" as const,
    body: packed(body),
    comments,
    tokens: EMPTY as Token[],
    escapeCharacter,
    sourceType: "script" as const,
    start: 0,
    end: text.length,
    parent: null,
  });
  attachLineIndex(program, lines);
  program.tokens = linkParentsAndCollectTokens(program, text, lines);
  return program;
}

/** Converts one instruction; a failure inside our converter becomes a located parse error. */
function convertGuarded(converter: InstructionConverter, instruction: Instruction, lines: LineIndex): DockerfileInstruction {
  try {
    return converter.convert(instruction);
  } catch (error) {
    const start = lines.offsetAt(instruction.getRange().start);
    const message = error instanceof Error ? error.message : String(error);
    throw new DockerfileParseError(`Cannot read the ${instruction.getKeyword()} instruction: ${message}`, lines.positionAt(start), start);
  }
}

const TOKEN_TYPES: Partial<Record<string, Token["type"]>> = {
  DockerfileKeyword: "Keyword",
  DockerfileFlag: "Punctuator",
  DockerfileArgument: "String",
  DockerfileImageReference: "Identifier",
};

/** Sets every node's `parent`; the Dockerfile leaves (keywords, flags, words) become tokens. */
function linkParentsAndCollectTokens(program: Program, text: string, lines: LineIndex): Token[] {
  const tokens: Token[] = [];
  const visit = (node: Node, parent: Node | null): void => {
    node.parent = parent as never;
    const tokenType = TOKEN_TYPES[node.type];
    if (tokenType && node.end > node.start) {
      // The value is the source text, as ESLint expects (flags have no `raw`: it was "").
      const value = "raw" in node ? node.raw : text.slice(node.start, node.end);
      tokens.push(new TextToken(tokenType, value, node.start, node.end, lines));
    }
    for (const key of visitorKeys[node.type] ?? []) {
      const child = (node as unknown as Record<string, Node | Node[] | null>)[key];
      if (Array.isArray(child)) for (const item of child) visit(item, node);
      else if (child) visit(child, node);
    }
  };
  visit(program, null);
  // The walk meets the tokens in source order except where a node's keys are not (rare): sort only then.
  const sorted = tokens.every((token, index) => index === 0 || tokens[index - 1].start <= token.start);
  return packed(sorted ? tokens : tokens.sort((a, b) => a.start - b.start));
}
