/**
 * A RuleTester for Compose rules on one ESLint version:
 *
 *   describe.each(ESLINT_VERSIONS)("ESLint $version", ({ RuleTester }) => {
 *     composeRuleTester(RuleTester).run("compose-no-version", rule, { valid: [...], invalid: [...] });
 *   });
 *
 * Cases are plain Compose text; every case is read as Compose whatever its `filename`.
 */
import type { RuleTester as RuleTesterClass } from "eslint";
import { pluginForConfig } from "./plugin.js";

export function composeRuleTester(RuleTester: typeof RuleTesterClass): RuleTesterClass {
  return new RuleTester({
    plugins: { containers: pluginForConfig },
    language: "containers/compose",
  } as never);
}
