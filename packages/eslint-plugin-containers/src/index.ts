import type { ESLint, Linter } from "eslint";
import { buildConfig, buildMigrationConfig, type ConfigName, type MigrationConfigName } from "./configs/build-configs.js";
import { composeLanguage } from "./languages/compose/language.js";
import { dockerfileLanguage } from "./languages/dockerfile/language.js";
import { dockerignoreLanguage } from "./languages/dockerignore/language.js";
import { kubernetesLanguage } from "./languages/kubernetes/language.js";
import { processors } from "./migration/processors.js";
import { rules } from "./rules/index.js";
import type { ContainersLanguage } from "./utils/create-rule.js";

const LANGUAGES: ContainersLanguage[] = ["dockerfile", "compose", "dockerignore", "kubernetes"];

const plugin = {
  meta: { name: "eslint-plugin-containers", version: "0.1.0", namespace: "containers" },
  languages: {
    dockerfile: dockerfileLanguage,
    compose: composeLanguage,
    dockerignore: dockerignoreLanguage,
    kubernetes: kubernetesLanguage,
  },
  rules,
  processors,
  configs: {} as Record<ConfigName | MigrationConfigName, Linter.Config[]>,
};

for (const name of ["recommended", "strict", "stylistic", "all"] as const) {
  plugin.configs[name] = buildConfig(name, plugin, LANGUAGES);
}
// Opt-in: honour hadolint's / dclint's comments and the Kubernetes linters' annotations
// (docs/migrate-from-*.md).
for (const name of ["migrate-hadolint", "migrate-dclint", "migrate-kubernetes"] as const) {
  plugin.configs[name] = buildMigrationConfig(name, plugin);
}

const exported = plugin as typeof plugin & ESLint.Plugin;
export default exported;
export { rules };
// What `require("eslint-plugin-containers")` returns (Node 20.19+ loads ES modules with require):
// the plugin itself, as CommonJS plugins are, not the module namespace.
export { exported as "module.exports" };
