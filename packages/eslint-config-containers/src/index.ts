import type { Linter } from "eslint";
import plugin from "eslint-plugin-containers";

/**
 * The plugin's configs, re-exported so a team's whole setup is
 * `export default [...containers.recommended]`. Each is a flat-config array with one object per
 * file kind (Dockerfile, Compose, .dockerignore) carrying its `files`, `language` and rules.
 */
export const recommended: Linter.Config[] = plugin.configs.recommended;
/** `recommended` plus hardening (digest pinning, compose security options...). */
export const strict: Linter.Config[] = plugin.configs.strict;
/** Formatting and ordering rules only; combine with `recommended` or `strict`. */
export const stylistic: Linter.Config[] = plugin.configs.stylistic;
/** Every rule, including those that are off by default; mostly for trying the plugin out. */
export const all: Linter.Config[] = plugin.configs.all;

/** Opt-in, during a migration: honour `# hadolint ignore=...` comments in Dockerfiles. */
export const migrateHadolint: Linter.Config[] = plugin.configs["migrate-hadolint"];
/** Opt-in, during a migration: honour `# dclint disable...` comments in Compose files. */
export const migrateDclint: Linter.Config[] = plugin.configs["migrate-dclint"];
/** Opt-in, during a migration: honour kube-linter, Polaris and kube-score exemption annotations. */
export const migrateKubernetes: Linter.Config[] = plugin.configs["migrate-kubernetes"];

const configs = {
  recommended,
  strict,
  stylistic,
  all,
  "migrate-hadolint": migrateHadolint,
  "migrate-dclint": migrateDclint,
  "migrate-kubernetes": migrateKubernetes,
};

export default configs;
// What `require("eslint-config-containers")` returns: the configs object (also carries the
// `migrate-*` names), as the default export does for `import`.
export { configs as "module.exports" };
