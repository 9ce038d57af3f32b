/**
 * eslint-doc-generator: writes the rule pages' headers and the README's rules table from the
 * rules' meta. `pnpm docs:generate` regenerates, `pnpm docs:check` (run in CI) fails when they are stale.
 * It reads the built plugin, so it runs after `tsc -b`.
 * @type {import('eslint-doc-generator').GenerateOptions}
 */
export default {
  pathRuleDoc: "../../docs/rules/{name}.md",
  pathRuleList: "../../README.md",
  configEmoji: [
    ["recommended", "✅"],
    ["strict", "🔒"],
    ["stylistic", "🎨"],
  ],
  ignoreConfig: ["all"],
  ruleDocTitleFormat: "desc-parens-prefix-name",
  ruleDocNotices: ["deprecated", "configs", "fixableAndHasSuggestions", "options"],
  // Pages explain options in prose where that reads better than a generated list.
  ruleDocSectionOptions: false,
  ruleListColumns: ["name", "description", "configsError", "fixable", "hasSuggestions", "options"],
  urlRuleDoc: "docs/rules/{name}.md",
};
