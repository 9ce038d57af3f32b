/**
 * The checks of `valid-syntax`, one concept per file. Each returns `SyntaxProblem`s with the
 * source range of the offending token; the rule turns them into reports.
 */
export { checkArguments } from "./arguments.js";
export { checkDirectives } from "./directives.js";
export { checkDisableLineComments, checkTrailingDirective } from "./eslint-comments.js";
export { checkExecForm } from "./exec-form.js";
export { checkFlags } from "./flags.js";
export { checkCopySources } from "./copy-sources.js";
export { checkHeredocs } from "./heredocs.js";
export { checkImageReference } from "./image-reference.js";
export { SYNTAX_MESSAGES } from "./messages.js";
export { type SyntaxContext, type SyntaxProblem } from "./problem.js";
export { checkShellQuotes, checkWordQuotes } from "./quotes.js";
export { checkStopSignal } from "./stop-signal.js";
export { checkTrailingComment, trailingCommentIndex } from "./trailing-comment.js";
export { checkUnknownInstruction } from "./unknown-instruction.js";
export { instructionWords, leadingFlags } from "./words.js";
