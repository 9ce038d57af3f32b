import type { DockerfileInstruction, Node, Program } from "dockerfile-eslint-parser";
import { createRule, type RuleContext } from "../utils/create-rule.js";
import { allInstructions } from "../utils/dockerfile/instructions.js";
import { findNodes } from "../utils/shell/walk.js";

export default createRule("no-empty-continuation", {
  meta: {
    type: "problem",
    docs: {
      description: "Disallow empty lines inside an instruction continued with `\\`",
      config: "recommended",
    },
    languages: ["dockerfile"],
    fixable: "whitespace",
    schema: [],
    messages: {
      empty:
        "Empty line inside a continued instruction: Docker skips it and keeps reading the instruction (a future Docker will reject it); remove the line, or end the instruction before it.",
    },
  },
  create(context: RuleContext) {
    const text = context.sourceCode.text;

    const check = (instruction: DockerfileInstruction, escape: string) => {
      // One line has no line inside it (most instructions).
      if (instruction.loc.start.line === instruction.loc.end.line) return;
      // Heredoc bodies may hold empty lines of their own.
      let heredocs: Node[] | null = null;
      const inHeredoc = (offset: number) => {
        heredocs ??= findNodes(instruction, (node: Node): node is Node => node.type === "DockerfileHeredoc" || node.type === "ShellHeredoc");
        return heredocs.some((heredoc) => heredoc.range[0] <= offset && offset <= heredoc.range[1]);
      };
      const startLine = instruction.loc.start.line;
      const lineStart = text.lastIndexOf("\n", instruction.range[0] - 1) + 1;
      const lines = text.slice(lineStart, instruction.range[1]).split("\n");
      let offset = lineStart;
      let continued = false;
      // Empty lines wait for a line of the instruction after them: at the end of the file
      // they are not inside anything.
      let pending: Array<{ line: number; length: number; start: number; end: number }> = [];
      for (const [index, line] of lines.entries()) {
        const content = line.replace(/\r$/u, "");
        if (index > 0 && content.trim() === "" && continued && !inHeredoc(offset)) {
          pending.push({ line: startLine + index, length: content.length, start: offset, end: offset + line.length + 1 });
        } else if (content.trim() !== "" && !/^\s*#/u.test(content)) {
          for (const empty of pending) {
            context.report({
              loc: { start: { line: empty.line, column: 0 }, end: { line: empty.line, column: empty.length } },
              messageId: "empty",
              fix: (fixer) => fixer.removeRange([empty.start, empty.end]),
            });
          }
          pending = [];
          // Comment lines and empty lines do not end or start a continuation; other lines do.
          continued = content.trimEnd().endsWith(escape);
        }
        offset += line.length + 1;
      }
    };

    return {
      Program(program: Program) {
        for (const instruction of allInstructions(program)) {
          if (instruction.parent?.type !== "DockerfileOnbuild") check(instruction, program.escapeCharacter);
        }
      },
    };
  },
});
