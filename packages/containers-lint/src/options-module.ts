/**
 * ESLint "options module" (`ESLint.fromOptionsModule`) for `--concurrency`: ESLint's worker
 * threads import it and get the run's options, rebuilt from the settings that the main thread put
 * in CONTAINERS_LINT_SETTINGS (workers inherit the environment). Each run imports it with its own
 * query string, so a second run in one process does not reuse the first run's options.
 */
import { eslintOptions, type RunSettings, SETTINGS_VARIABLE } from "./eslint-options.js";

const text = process.env[SETTINGS_VARIABLE];
if (!text) throw new Error(`containers-lint: ${SETTINGS_VARIABLE} is not set`);

export default eslintOptions(JSON.parse(text) as RunSettings);
