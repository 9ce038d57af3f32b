/** The plugin under test, from its TypeScript sources (vitest runs them directly). */
import type { ESLint } from "eslint";
import plugin from "../../src/index.js";

export { plugin };
export const pluginForConfig = plugin as unknown as ESLint.Plugin;
