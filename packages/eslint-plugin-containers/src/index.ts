import type { ESLint, Linter } from "eslint";
import { buildConfig, type ConfigName } from "./configs/build-configs.js";
import { composeLanguage } from "./languages/compose/language.js";
import { dockerfileLanguage } from "./languages/dockerfile/language.js";
import { dockerignoreLanguage } from "./languages/dockerignore/language.js";
import { kubernetesLanguage } from "./languages/kubernetes/language.js";
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
  configs: {} as Record<ConfigName, Linter.Config[]>,
};

for (const name of ["recommended", "strict", "stylistic", "all"] as const) {
  plugin.configs[name] = buildConfig(name, plugin, LANGUAGES);
}

export default plugin as typeof plugin & ESLint.Plugin;
export { rules };
