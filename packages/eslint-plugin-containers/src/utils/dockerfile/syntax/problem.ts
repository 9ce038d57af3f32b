import type { Range } from "dockerfile-eslint-parser";
import type { SYNTAX_MESSAGES } from "./messages.js";

/** One thing Docker rejects or silently ignores, at the offending source range. */
export interface SyntaxProblem {
  messageId: keyof typeof SYNTAX_MESSAGES;
  data?: Record<string, string>;
  range: Range;
}

/** What the checks need to know about the file. */
export interface SyntaxContext {
  text: string;
  escapeCharacter: "\\" | "`";
}

/** ` (did you mean `x`?)` or nothing, for the `suggestion` placeholder of the messages. */
export function didYouMean(candidate: string | null, prefix = ""): string {
  return candidate ? ` (did you mean \`${prefix}${candidate}\`?)` : "";
}
