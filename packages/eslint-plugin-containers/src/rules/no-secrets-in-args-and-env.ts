import { LineIndex, type DockerfileArg, type DockerfileEnv, type DockerfileKeyValue } from "dockerfile-eslint-parser";
import type { AST } from "yaml-eslint-parser";
import {
  findEntry,
  getComposeRoot,
  getEntryAtPath,
  getMappingEntries,
  getScalarValue,
  getServices,
  type MappingEntry,
  usesInterpolation,
} from "../utils/compose/index.js";
import { createRule, type RuleContext } from "../utils/create-rule.js";
import { fileKind } from "../utils/file-kind.js";
import { kubernetesSecretListeners } from "../utils/kubernetes/secret-listeners.js";
import { fileContext } from "../utils/file-context.js";
import { DEFAULT_ALLOW_WORDS, DEFAULT_SECRET_WORDS, secretNameMatcher } from "../utils/secret-names.js";
import {
  interpolationDefaults,
  isBooleanFlag,
  isClientBundleName,
  isHarmlessValue,
  isKeyFingerprint,
  urlPassword,
} from "../utils/secret-values.js";

type Options = [{ secretWords?: string[]; allowWords?: string[] }];

export default createRule<Options>("no-secrets-in-args-and-env", {
  meta: {
    type: "problem",
    docs: {
      description: "Disallow secrets in ARG, ENV, Compose `environment` and `build.args`, and Kubernetes `env` and arguments",
      config: "recommended",
    },
    languages: ["dockerfile", "compose", "kubernetes"],
    schema: [
      {
        type: "object",
        properties: {
          secretWords: { type: "array", items: { type: "string", minLength: 1 }, uniqueItems: true },
          allowWords: { type: "array", items: { type: "string", minLength: 1 }, uniqueItems: true },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ secretWords: [...DEFAULT_SECRET_WORDS], allowWords: [...DEFAULT_ALLOW_WORDS] }],
    messages: {
      arg: "Build argument '{{name}}' looks like a secret: build-arg values are recorded in the image history and build provenance. Use a secret mount ('RUN --mount=type=secret,id=...') instead.",
      env: "ENV '{{name}}' looks like a secret, and ENV values are stored in the image for anyone who can pull it. Use a secret mount ('RUN --mount=type=secret,id=...') in build steps and pass runtime secrets when the container starts.",
      composeEnv:
        "Environment variable '{{name}}' looks like a secret and has a literal value in the Compose file. Use Compose `secrets:`, or interpolate it ('${VAR}') from the environment or an untracked .env file.",
      composeArg:
        "Build argument '{{name}}' looks like a secret and has a literal value; build args are recorded in the image history. Use `build.secrets` and 'RUN --mount=type=secret,id=...' in the Dockerfile instead.",
      urlPassword:
        "'{{name}}' holds a URL with a password in it ('{{password}}'); anyone who can read the file (or the image) has it. Take the password from a secret, or interpolate it ('${VAR}').",
      kubernetesEnv:
        "Environment variable '{{name}}' looks like a secret and has a literal `value` in the manifest, which anyone who can read the file or the pod spec sees. Use `valueFrom.secretKeyRef` (a Secret) instead.",
      kubernetesArg:
        "The option '{{name}}' looks like a secret and has a literal value in the container's arguments, visible in the pod spec and the process list. Read it from a Secret: an env var with `valueFrom.secretKeyRef`, passed as `$(VAR)`, or a mounted file.",
      interpolationDefault:
        "'{{variable}}' falls back to the literal '{{fallback}}' when it is not set, so the file still holds a password. Drop the default ('${{{variable}}:?required}') and set the variable outside the file.",
    },
  },
  create(context: RuleContext<Options>) {
    // Dummy credentials are normal in test suites, CI jobs and development files.
    if (fileContext(context) !== null) return {};
    const name = secretNameMatcher(
      context.options[0]?.secretWords ?? DEFAULT_SECRET_WORDS,
      context.options[0]?.allowWords ?? DEFAULT_ALLOW_WORDS,
    );
    const text = context.sourceCode.text;
    /** A secret name, not a public client-bundle variable, whose value (if any) may be a secret. */
    const isSecret = (variable: string, value: string | null) => {
      const word = name(variable);
      if (word === null || isClientBundleName(variable)) return false;
      return value === null || (!isHarmlessValue(value, word) && !isKeyFingerprint(variable, value, text));
    };

    if (fileKind(context) === "compose") return composeListeners(context, isSecret);
    if (fileKind(context) === "kubernetes") return kubernetesSecretListeners(context as RuleContext<unknown[]>, isSecret);

    /** A password in a URL, whatever the variable's name. */
    const checkUrl = (pair: DockerfileKeyValue) => {
      const found = pair.value ? urlPassword(pair.value.value) : null;
      if (found) context.report({ node: pair.value!, messageId: "urlPassword", data: { name: pair.key.value, password: found.password } });
      return found !== null;
    };
    return {
      DockerfileArg(node: DockerfileArg) {
        // Even without a default: the value given with --build-arg is what leaks.
        for (const pair of node.pairs) {
          if (checkUrl(pair) || (pair.value && isBooleanFlag(pair.value.value))) continue;
          if (isSecret(pair.key.value, pair.value?.value ?? null)) {
            context.report({ node: pair.key, messageId: "arg", data: { name: pair.key.value } });
          }
        }
      },
      DockerfileEnv(node: DockerfileEnv) {
        for (const pair of node.pairs) {
          if (!pair.value || checkUrl(pair)) continue;
          if (isSecret(pair.key.value, pair.value.value)) context.report({ node: pair.key, messageId: "env", data: { name: pair.key.value } });
        }
      },
    };
  },
});

function composeListeners(context: RuleContext<Options>, isSecret: (variable: string, value: string | null) => boolean) {
  // Each variable is reported once, where it is written: not again at every `*alias` or `<<:`
  // that brings it into another service.
  const reported = new Set<string>();
  let lines: LineIndex | null = null;
  const report = (node: AST.YAMLNode, messageId: string, data: Record<string, string>, offset = 0, length = 0) => {
    const key = `${node.range[0]}:${messageId}:${offset}`;
    if (reported.has(key)) return;
    reported.add(key);
    if (length === 0) {
      context.report({ node, messageId, data });
      return;
    }
    // Inside a plain or quoted scalar: point at the part that is the password.
    const quoted = /^["']/u.test(context.sourceCode.getText(node));
    const start = node.range[0] + offset + (quoted ? 1 : 0);
    lines ??= new LineIndex(context.sourceCode.text);
    context.report({ loc: { start: lines.positionAt(start), end: lines.positionAt(start + length) }, messageId, data });
  };

  /** One variable: a literal secret, a password in a URL, or a literal interpolation default. */
  const checkVariable = (
    variable: string,
    value: string | number | boolean | null | undefined,
    nameNode: AST.YAMLNode,
    valueNode: AST.YAMLNode,
    valueOffset: number,
    messageId: "composeEnv" | "composeArg",
  ) => {
    if (value === null || value === undefined || typeof value === "boolean") return;
    const textValue = String(value);
    const found = urlPassword(textValue);
    if (found) {
      report(valueNode, "urlPassword", { name: variable, password: found.password }, valueOffset + found.offset, found.password.length);
      return;
    }
    const defaults = interpolationDefaults(textValue);
    if (defaults.length > 0) {
      for (const fallback of defaults) {
        if (!isSecret(fallback.name, fallback.fallback) && !isSecret(variable, fallback.fallback)) continue;
        if (fallback.fallback === "") continue;
        report(valueNode, "interpolationDefault", { variable: fallback.name, fallback: fallback.fallback }, valueOffset + fallback.offset, fallback.fallback.length);
      }
      return;
    }
    if (usesInterpolation(textValue) || !isSecret(variable, textValue) || textValue === "") return;
    report(nameNode, messageId, { name: variable });
  };

  /** `environment:` and `build.args:`, as a mapping or a list of `KEY=value`. */
  const checkVariables = (entry: MappingEntry | null, messageId: "composeEnv" | "composeArg") => {
    if (!entry?.value) return;
    if (entry.value.type === "YAMLMapping") {
      for (const variable of getMappingEntries(entry.value)) {
        // Aliases followed: a password in a shared anchor is reported where it is written.
        const valueNode = variable.value?.type === "YAMLScalar" ? variable.value : variable.pair.value;
        if (!valueNode || !variable.pair.key) continue;
        checkVariable(variable.key, getScalarValue(variable.value), variable.pair.key, valueNode, 0, messageId);
      }
    } else if (entry.value.type === "YAMLSequence") {
      for (const item of entry.value.entries) {
        const value = getScalarValue(item);
        if (typeof value !== "string" || !item) continue;
        const equals = value.indexOf("=");
        if (equals === -1) continue; // `- TOKEN` passes the variable through from the host
        const variable = value.slice(0, equals).trim();
        checkVariable(variable, value.slice(equals + 1), item, item, equals + 1, messageId);
      }
    }
  };

  return {
    Program() {
      for (const service of getServices(getComposeRoot(context))) {
        checkVariables(findEntry(service.mapping, "environment"), "composeEnv");
        checkVariables(getEntryAtPath(service.mapping, ["build", "args"]), "composeArg");
      }
    },
  };
}
