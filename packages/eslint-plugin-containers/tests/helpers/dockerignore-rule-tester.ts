/**
 * A RuleTester for .dockerignore rules on one ESLint version:
 *
 *   describe.each(ESLINT_VERSIONS)("ESLint $version", ({ RuleTester }) => {
 *     dockerignoreRuleTester(RuleTester).run("dockerignore-valid-patterns", rule, { valid: [...], invalid: [...] });
 *   });
 *
 * Cases are plain .dockerignore text, read with the `containers/dockerignore` language.
 */
import type { RuleTester as RuleTesterClass } from "eslint";
import { pluginForConfig } from "./plugin.js";

export function dockerignoreRuleTester(RuleTester: typeof RuleTesterClass): RuleTesterClass {
  return new RuleTester({
    plugins: { containers: pluginForConfig },
    language: "containers/dockerignore",
  } as never);
}
