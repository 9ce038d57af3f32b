import type { Linter } from "eslint";
import { type ContainersLanguage, type ContainersRule, languageId } from "../utils/create-rule.js";
import { COMPOSE_FILES, DOCKERFILE_FILES, DOCKERFILE_IGNORES, DOCKERIGNORE_FILES, KUBERNETES_FILES, KUBERNETES_IGNORES } from "./files.js";

export type ConfigName = "recommended" | "strict" | "stylistic" | "all";

/** Which rule levels each shared config turns on. */
const LEVELS: Record<ConfigName, Array<ContainersRule["meta"]["docs"]["config"]>> = {
  recommended: ["recommended"],
  strict: ["recommended", "strict"],
  stylistic: ["stylistic"],
  all: ["recommended", "strict", "stylistic", "off"],
};

/**
 * Options a config gives a rule. The config turns the rule on with these options whatever the
 * rule's level: `stylistic` asks `compose-quoted-ports` to quote every port (dclint's style),
 * while `recommended` keeps the default (only values YAML 1.1 misreads). Used together, the
 * config listed later wins, as always in flat config.
 */
const CONFIG_RULE_OPTIONS: Partial<Record<ConfigName, Record<string, unknown[]>>> = {
  stylistic: { "compose-quoted-ports": [{ always: true }] },
};

const LANGUAGE_FILES: Record<ContainersLanguage, { files: string[]; ignores?: string[] }> = {
  dockerfile: { files: DOCKERFILE_FILES, ignores: DOCKERFILE_IGNORES },
  compose: { files: COMPOSE_FILES },
  dockerignore: { files: DOCKERIGNORE_FILES },
  kubernetes: { files: KUBERNETES_FILES, ignores: KUBERNETES_IGNORES },
};

/**
 * A shared config is one flat-config object per language, each with its files, its language
 * and the rules of that level that support the language.
 */
export function buildConfig(
  configName: ConfigName,
  plugin: { rules: Record<string, ContainersRule> } & object,
  languages: ContainersLanguage[],
): Linter.Config[] {
  return languages.map((language) => {
    const rules: Linter.RulesRecord = {};
    const ruleOptions = CONFIG_RULE_OPTIONS[configName] ?? {};
    for (const [ruleName, rule] of Object.entries(plugin.rules)) {
      if (!rule.meta.languages.includes(languageId(language))) continue;
      const options = ruleOptions[ruleName];
      if (options) rules[`containers/${ruleName}`] = ["error", ...options] as Linter.RuleEntry;
      else if (LEVELS[configName].includes(rule.meta.docs.config)) rules[`containers/${ruleName}`] = "error";
    }
    return {
      name: `containers/${configName}/${language}`,
      ...LANGUAGE_FILES[language],
      plugins: { containers: plugin as never },
      language: languageId(language),
      rules,
    };
  });
}

export type MigrationConfigName = "migrate-hadolint" | "migrate-dclint" | "migrate-kubernetes";

const MIGRATIONS: Record<MigrationConfigName, { language: ContainersLanguage; processor: string }> = {
  "migrate-hadolint": { language: "dockerfile", processor: "containers/hadolint-comments" },
  "migrate-dclint": { language: "compose", processor: "containers/dclint-comments" },
  "migrate-kubernetes": { language: "kubernetes", processor: "containers/kubernetes-annotations" },
};

/**
 * A migration config adds the processor that honours the other linter's suppression comments
 * to the files of its language; it turns no rule on, so it goes after `recommended` or `strict`.
 */
export function buildMigrationConfig(configName: MigrationConfigName, plugin: object): Linter.Config[] {
  const { language, processor } = MIGRATIONS[configName];
  return [
    {
      name: `containers/${configName}`,
      ...LANGUAGE_FILES[language],
      plugins: { containers: plugin as never },
      language: languageId(language),
      processor,
    },
  ];
}
