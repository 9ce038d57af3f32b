import type { AST } from "yaml-eslint-parser";
import type { RuleContext } from "../create-rule.js";

/**
 * The top-level mapping of a Compose file (`services:`, `volumes:`...), or null when the file
 * is not one of our Compose files, is empty, or its top level is not a mapping. Compose reads
 * only the first YAML document.
 */
export function getComposeRoot(context: Pick<RuleContext<unknown[]>, "sourceCode">): AST.YAMLMapping | null {
  const { sourceCode } = context;
  if (!sourceCode.parserServices?.isCompose) return null;
  const program = sourceCode.ast as AST.YAMLProgram;
  let content = program.body[0]?.content ?? null;
  if (content?.type === "YAMLWithMeta") content = content.value;
  return content?.type === "YAMLMapping" ? content : null;
}
