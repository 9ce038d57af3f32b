/**
 * A RuleTester for Kubernetes rules on one ESLint version:
 *
 *   describe.each(ESLINT_VERSIONS)("ESLint $version", ({ RuleTester }) => {
 *     kubernetesRuleTester(RuleTester).run("k8s-no-privileged", rule, { valid: [...], invalid: [...] });
 *   });
 *
 * Cases are plain manifest text, read with the `containers/kubernetes` language.
 */
import type { RuleTester as RuleTesterClass } from "eslint";
import { pluginForConfig } from "./plugin.js";

export function kubernetesRuleTester(RuleTester: typeof RuleTesterClass): RuleTesterClass {
  return new RuleTester({
    plugins: { containers: pluginForConfig },
    language: "containers/kubernetes",
  } as never);
}
