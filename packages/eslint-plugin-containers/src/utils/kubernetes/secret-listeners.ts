import { entryNode, findEntry, getScalarString, getSequenceItems } from "../compose/index.js";
import type { RuleContext, RuleListener } from "../create-rule.js";
import { urlPassword } from "../secret-values.js";
import { getWorkloads } from "./workloads.js";

/** `--password=x`, `--db-password x`, `-password=x`: an option whose name is a secret. */
const OPTION = /^--?([A-Za-z][\w.-]*)(?:=(.*))?$/su;

/**
 * The Kubernetes side of `no-secrets-in-args-and-env`: a container's `env[].value` literal under
 * a secret name (`valueFrom` is how secrets are meant to arrive), a password in a URL in any
 * value, and `command`/`args` options whose name is a secret and whose value is a literal.
 */
export function kubernetesSecretListeners(
  context: RuleContext<unknown[]>,
  isSecret: (variable: string, value: string | null) => boolean,
): RuleListener {
  return {
    Program() {
      for (const workload of getWorkloads(context)) {
        for (const container of workload.containers) {
          for (const variable of getSequenceItems(findEntry(container.mapping, "env")?.value)) {
            if (variable.type !== "YAMLMapping") continue;
            const nameEntry = findEntry(variable, "name");
            const valueEntry = findEntry(variable, "value");
            const name = getScalarString(nameEntry?.value);
            const value = getScalarString(valueEntry?.value);
            if (!nameEntry || !valueEntry || name === undefined || value === undefined || value === "") continue;
            const found = urlPassword(value);
            if (found) {
              context.report({ node: entryNode(valueEntry, "value"), messageId: "urlPassword", data: { name, password: found.password } });
            } else if (!/\$\(/u.test(value) && isSecret(name, value)) {
              context.report({ node: entryNode(nameEntry, "value"), messageId: "kubernetesEnv", data: { name } });
            }
          }
          for (const key of ["command", "args"]) {
            const items = getSequenceItems(findEntry(container.mapping, key)?.value);
            items.forEach((item, index) => {
              const option = OPTION.exec(getScalarString(item) ?? "");
              if (!option) return;
              const value = option[2] ?? (getScalarString(items[index + 1]) ?? null);
              // `$(VAR)` is Kubernetes' own expansion of an env var: the secret is not here.
              if (value === null || value === "" || value.startsWith("-") || value.includes("$(")) return;
              if (isSecret(option[1].replace(/[.-]/gu, "_"), value)) {
                context.report({ node: item, messageId: "kubernetesArg", data: { name: option[1] } });
              }
            });
          }
        }
      }
    },
  };
}
