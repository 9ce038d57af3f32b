/**
 * ESLint inline-config comments for languages whose comments start with `#` (Dockerfile,
 * Compose/YAML, .dockerignore). Language-neutral: it only needs each comment's text after the
 * `#` (`value`) and its location, so every language of this plugin hands its comments here.
 *
 * API:
 * - `InlineComment`: `{ value, range, loc }`, the shape this module reads (`value` excludes `#`).
 * - `isInlineConfigComment(comment)`: is it an `eslint`, `eslint-disable`, `eslint-enable`,
 *   `eslint-disable-line` or `eslint-disable-next-line` comment?
 * - `getDisableDirectives(comments)`: the `Directive`s ESLint applies, plus problems
 *   (what `SourceCode#getDisableDirectives()` returns).
 * - `getInlineRuleConfigs(comments)`: the rule configs of `# eslint rule: off` comments, plus
 *   problems (what `SourceCode#applyInlineConfig()` returns).
 * `InlineConfigSourceCode` in `./source-code.ts` wires these into a SourceCode class.
 */
import type { FileProblem, RulesConfig, SourceLocation } from "@eslint/core";
import { ConfigCommentParser, Directive } from "@eslint/plugin-kit";

export interface InlineComment {
  /** The comment text after `#`. */
  value: string;
  range: [number, number];
  loc: SourceLocation;
}

export interface InlineRuleConfig {
  config: { rules: RulesConfig };
  loc: SourceLocation;
}

const commentParser = new ConfigCommentParser();

/** The labels ESLint understands; `eslint-env`/`global` are JavaScript-only and stay comments. */
const INLINE_CONFIG = /^\s*eslint(?:-enable|-disable(?:(?:-next)?-line)?)?(?:\s|$)/u;

const DIRECTIVE_TYPES = {
  "eslint-disable": "disable",
  "eslint-enable": "enable",
  "eslint-disable-line": "disable-line",
  "eslint-disable-next-line": "disable-next-line",
} as const;

export function isInlineConfigComment(comment: InlineComment): boolean {
  return INLINE_CONFIG.test(comment.value);
}

export function getDisableDirectives(comments: readonly InlineComment[]): {
  directives: Directive[];
  problems: FileProblem[];
} {
  const directives: Directive[] = [];
  const problems: FileProblem[] = [];
  for (const comment of comments) {
    if (!isInlineConfigComment(comment)) continue;
    const parsed = commentParser.parseDirective(comment.value);
    if (!parsed || !(parsed.label in DIRECTIVE_TYPES)) continue;
    const type = DIRECTIVE_TYPES[parsed.label as keyof typeof DIRECTIVE_TYPES];
    // Same rule as ESLint's JavaScript: a -line directive must sit on the line it disables.
    if (type === "disable-line" && comment.loc.start.line !== comment.loc.end.line) {
      problems.push({
        ruleId: null,
        message: `${parsed.label} comment should not span multiple lines.`,
        loc: comment.loc,
      });
      continue;
    }
    directives.push(
      new Directive({ type, node: comment, value: parsed.value, justification: parsed.justification }),
    );
  }
  return { directives, problems };
}

export function getInlineRuleConfigs(comments: readonly InlineComment[]): {
  configs: InlineRuleConfig[];
  problems: FileProblem[];
} {
  const configs: InlineRuleConfig[] = [];
  const problems: FileProblem[] = [];
  for (const comment of comments) {
    if (!isInlineConfigComment(comment)) continue;
    const parsed = commentParser.parseDirective(comment.value);
    if (parsed?.label !== "eslint") continue;
    const result = commentParser.parseJSONLikeConfig(parsed.value);
    if (result.ok) {
      configs.push({ config: { rules: result.config }, loc: comment.loc });
    } else {
      problems.push({ ruleId: null, message: result.error.message, loc: comment.loc });
    }
  }
  return { configs, problems };
}
