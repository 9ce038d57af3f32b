import type { ShellSyntaxNode as TreeSitterNode } from "./shell-syntax-tree.js";

/**
 * The value of a shell word after quote removal, or null when it depends on an expansion
 * (`$VAR`, `$(cmd)`, globs are kept literally). `-y`, `"-y"`, `'-y'` and `\-y` all give `-y`.
 */
export function staticWordValue(node: TreeSitterNode): string | null {
  switch (node.type) {
    case "word":
    case "number":
    case "command_name":
    case "test_operator":
    case "extglob_pattern":
    case "export":
    case "declare":
    case "local":
    case "readonly":
    case "typeset":
    case "unset":
    case "unsetenv":
    case "[":
    case "[[":
      if (node.type === "command_name") return node.namedChildren[0] ? staticWordValue(node.namedChildren[0]) : null;
      return unescaped(node.text);
    case "heredoc_start":
      // `'EOF'`, `"EOF"`, `\EOF` all name the delimiter EOF.
      return node.text.replace(/^(["'])(.*)\1$/su, "$2").replace(/\\(.)/gsu, "$1");
    case "raw_string":
      return node.text.slice(1, -1);
    case "ansi_c_string":
      return node.text.slice(2, -1);
    // Parts are joined, not appended one by one: `+=` leaves a chain of cons strings in the AST.
    case "string": {
      const parts: string[] = [];
      for (const child of node.namedChildren) {
        if (!child) continue;
        if (child.type !== "string_content") return null;
        parts.push(child.text.replace(/\\([$`"\\\n])/gu, "$1"));
      }
      return parts.length === 1 ? parts[0] : parts.join("");
    }
    case "concatenation": {
      const parts: string[] = [];
      for (const child of node.children) {
        if (!child) continue;
        const part = staticWordValue(child);
        if (part === null) return null;
        parts.push(part);
      }
      return parts.length === 1 ? parts[0] : parts.join("");
    }
    default:
      return null;
  }
}

/** Backslash escapes removed (the regular expression only runs on the few words that have one). */
function unescaped(text: string): string {
  return text.includes("\\") ? text.replace(/\\(.)/gsu, "$1") : text;
}
