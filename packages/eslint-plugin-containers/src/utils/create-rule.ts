import type { Rule } from "eslint";

/** Where the rule pages live; `meta.docs.url` points every rule at its page. */
export const DOCS_BASE_URL =
  "https://github.com/eslint-containers/eslint-containers/blob/main/docs/rules/";

/** The languages of this plugin; a rule lists those it supports in `meta.languages`. */
export type ContainersLanguage = "dockerfile" | "compose" | "dockerignore" | "kubernetes";

/** A language as ESLint names it in configs and in a rule's `meta.languages`. */
export type ContainersLanguageId = `containers/${ContainersLanguage}`;

export function languageId(language: ContainersLanguage): ContainersLanguageId {
  return `containers/${language}`;
}

/** Anything with a location: a node of any of our ASTs, or a hand-made loc. */
export interface Located {
  range: [number, number];
  loc: { start: { line: number; column: number }; end: { line: number; column: number } };
}

export interface SuggestionDescriptor {
  messageId: string;
  data?: Record<string, string | number>;
  fix: Rule.ReportFixer;
}

export interface ReportDescriptor {
  node?: Located;
  loc?: Located["loc"];
  messageId: string;
  data?: Record<string, string | number>;
  /** Fixes edit text by range: use `fixer.replaceTextRange`, `insertTextAfterRange`... */
  fix?: Rule.ReportFixer | null;
  suggest?: SuggestionDescriptor[];
}

/** The parts of ESLint's rule context our rules use, typed for our ASTs rather than ESTree. */
export interface RuleContext<Options extends unknown[] = unknown[]> {
  id: string;
  filename: string;
  physicalFilename: string;
  cwd: string;
  options: Options;
  settings: Record<string, unknown>;
  sourceCode: {
    text: string;
    ast: unknown;
    lines: string[];
    parserServices?: Record<string, unknown>;
    getText(node?: Located): string;
  };
  report(descriptor: ReportDescriptor): void;
}

/**
 * A listener takes one of our node types. `never` lets each handler name its own node type
 * (`DockerfileFrom(node: DockerfileFrom)`) while the map stays one type.
 */
export type RuleListener = Record<string, ((node: never) => void) | undefined>;

export interface ContainersRuleMeta extends Omit<Rule.RuleMetaData, "docs" | "defaultOptions"> {
  docs: {
    description: string;
    /** Which shared config first turns the rule on. */
    config: "recommended" | "strict" | "stylistic" | "off";
  };
  /**
   * The languages the rule supports, by short name. `createRule` turns them into ESLint's
   * `containers/<language>` ids: ESLint 10 (10.15 here) checks `meta.languages` against the config's
   * `language` and refuses a rule configured for a language it does not list.
   */
  languages: ContainersLanguage[];
  defaultOptions?: unknown[];
}

export interface ContainersRuleDefinition<Options extends unknown[]> {
  meta: ContainersRuleMeta;
  create(context: RuleContext<Options>): RuleListener;
}

export type ContainersRule = Rule.RuleModule & {
  meta: Rule.RuleMetaData & {
    docs: { description: string; url: string; config: ContainersRuleMeta["docs"]["config"] };
    languages: ContainersLanguageId[];
  };
};

/**
 * Adds the docs URL and types the rule for our ASTs. We do not use `RuleCreator` from
 * `@typescript-eslint/utils`: its listener types describe the TypeScript ESTree, not our ASTs,
 * and ESLint >= 9.15 applies `meta.defaultOptions` itself.
 */
export function createRule<Options extends unknown[] = []>(
  name: string,
  rule: ContainersRuleDefinition<Options>,
): ContainersRule {
  return {
    meta: {
      ...rule.meta,
      docs: { ...rule.meta.docs, url: `${DOCS_BASE_URL}${name}.md` },
      languages: rule.meta.languages.map(languageId),
    },
    create: rule.create as unknown as Rule.RuleModule["create"],
  } as ContainersRule;
}
