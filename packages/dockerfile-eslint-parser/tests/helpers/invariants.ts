import type { Node, Program } from "../../src/ast.js";
import { LineIndex } from "../../src/line-index.js";
import { visitorKeys } from "../../src/visitor-keys.js";

/**
 * Structural checks every AST must pass; returns a list of violations (empty when all hold):
 * - every node's range lies inside its parent's, and `parent` points at that parent;
 * - siblings come in source order and do not overlap;
 * - `loc` agrees with `range`;
 * - the source under a node is what the node claims: a keyword, a flag, a raw word, an image,
 *   a shell word whose static value is its unquoted text.
 */
export function checkInvariants(text: string, program: Program): string[] {
  const problems: string[] = [];
  const lines = new LineIndex(text);
  const describe = (node: Node) => `${node.type}@${node.range[0]}-${node.range[1]}`;

  const visit = (node: Node, parent: Node | null): void => {
    const [start, end] = node.range;
    if (node.parent !== parent) problems.push(`${describe(node)}: wrong parent link`);
    if (start > end || start < 0 || end > text.length) problems.push(`${describe(node)}: bad range`);
    if (parent && (start < parent.range[0] || end > parent.range[1])) {
      problems.push(`${describe(node)}: outside its parent ${describe(parent)}`);
    }
    const loc = lines.loc(node.range);
    if (JSON.stringify(loc) !== JSON.stringify(node.loc)) {
      problems.push(`${describe(node)}: loc ${JSON.stringify(node.loc)} does not match range (${JSON.stringify(loc)})`);
    }
    const source = text.slice(start, end);
    checkClaims(node, source, program.escapeCharacter, problems, describe);

    const children: Node[] = [];
    for (const key of visitorKeys[node.type] ?? []) {
      const value = (node as unknown as Record<string, Node | Node[] | null>)[key];
      if (Array.isArray(value)) children.push(...value);
      else if (value) children.push(value);
    }
    const ordered = [...children].sort((a, b) => a.range[0] - b.range[0]);
    for (let index = 1; index < ordered.length; index++) {
      if (ordered[index].range[0] < ordered[index - 1].range[1]) {
        problems.push(`${describe(ordered[index])} overlaps its sibling ${describe(ordered[index - 1])}`);
      }
    }
    for (const child of children) visit(child, node);
  };
  visit(program, null);
  return problems;
}

function checkClaims(node: Node, source: string, escape: string, problems: string[], describe: (node: Node) => string): void {
  const claim = (expected: string) => {
    if (source !== expected) problems.push(`${describe(node)}: source ${JSON.stringify(source)} is not ${JSON.stringify(expected)}`);
  };
  switch (node.type) {
    case "DockerfileKeyword":
      claim(node.raw);
      if (node.raw.toUpperCase() !== node.value) problems.push(`${describe(node)}: value is not the uppercase keyword`);
      break;
    case "DockerfileFlag": {
      // The flag as written may hold escapes and continuations (`\--platform`, `--pla\⏎tform`).
      // A continuation also drops the empty lines that follow it.
      const continuation = /^[ \t]*(?:\r\n|\r|\n)(?:[ \t]*(?:\r\n|\r|\n))*/u;
      let unescaped = "";
      for (let index = 0; index < source.length; index++) {
        const joined = source[index] === escape ? continuation.exec(source.slice(index + 1)) : null;
        if (source[index] !== escape) unescaped += source[index];
        else if (joined) index += joined[0].length;
        else unescaped += source[++index] ?? "";
      }
      if (!unescaped.startsWith(`--${node.name}`)) problems.push(`${describe(node)}: flag source ${JSON.stringify(source)}`);
      break;
    }
    case "DockerfileArgument":
    case "DockerfileImageReference":
      claim(node.raw);
      break;
    case "ShellWord":
      // A word's static value is its text when the word has no quotes or escapes.
      if (node.value !== null && !/["'\\$`]/u.test(source) && node.value !== source) {
        problems.push(`${describe(node)}: value ${JSON.stringify(node.value)} but source ${JSON.stringify(source)}`);
      }
      break;
    case "ShellCommand":
      if (node.words[0] && node.name !== node.words[0].value) problems.push(`${describe(node)}: name is not words[0]`);
      break;
    case "ShellLogicalExpression":
      if (!source.includes(node.operator)) problems.push(`${describe(node)}: no ${node.operator} in its source`);
      break;
    default:
      break;
  }
}
