/**
 * The ESLint options of a containers-lint run. With `--concurrency`, ESLint's worker threads
 * cannot receive plugin objects, so they import `./options-module.js`, which rebuilds these
 * options from the settings the main thread put in an environment variable.
 */
import type { ESLint } from "eslint";
import containers from "eslint-config-containers";

export const SETTINGS_VARIABLE = "CONTAINERS_LINT_SETTINGS";

export interface RunSettings {
  cwd: string;
  fix: boolean;
  strict: boolean;
  /** Use the project's own eslint.config.* instead of our recommended config. */
  useProjectConfig: boolean;
  cache: boolean;
  cacheLocation?: string;
  concurrency?: number | "auto" | "off";
}

export function eslintOptions(settings: RunSettings): ESLint.Options {
  const options: ESLint.Options = {
    cwd: settings.cwd,
    fix: settings.fix,
    cache: settings.cache,
    errorOnUnmatchedPattern: false,
  };
  if (settings.cacheLocation) options.cacheLocation = settings.cacheLocation;
  if (settings.concurrency !== undefined) (options as Record<string, unknown>).concurrency = settings.concurrency;
  if (!settings.useProjectConfig) {
    options.overrideConfigFile = true;
    options.overrideConfig = settings.strict ? containers.strict : containers.recommended;
  }
  return options;
}
