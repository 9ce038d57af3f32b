/**
 * A RuleTester for Dockerfile rules on one ESLint version:
 *
 *   describe.each(ESLINT_VERSIONS)("ESLint $version", ({ RuleTester }) => {
 *     dockerfileRuleTester(RuleTester).run("no-latest-tag", rule, { valid: [...], invalid: [...] });
 *   });
 *
 * Cases are plain Dockerfile text, read with the `containers/dockerfile` language.
 */
import type { RuleTester as RuleTesterClass } from "eslint";
import { pluginForConfig } from "./plugin.js";

export function dockerfileRuleTester(RuleTester: typeof RuleTesterClass): RuleTesterClass {
  return new RuleTester({
    plugins: { containers: pluginForConfig },
    language: "containers/dockerfile",
  } as never);
}
