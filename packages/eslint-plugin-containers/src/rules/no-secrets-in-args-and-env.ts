import type { DockerfileArg, DockerfileEnv } from "dockerfile-eslint-parser";
import type { AST } from "yaml-eslint-parser";
import {
  entryNode,
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
import { DEFAULT_ALLOW_WORDS, DEFAULT_SECRET_WORDS, secretNameMatcher } from "../utils/secret-names.js";

type Options = [{ secretWords?: string[]; allowWords?: string[] }];

/** A boolean flag (`USE_AUTH=true`, `MYSQL_ALLOW_EMPTY_PASSWORD=yes`) is a setting, not a secret. */
function isBooleanFlag(value: string): boolean {
  return /^(?:true|false|yes|no|on|off)$/iu.test(value);
}

/** A value that cannot be a secret: nothing, or a boolean flag. */
function isHarmlessValue(value: string): boolean {
  return value === "" || isBooleanFlag(value);
}

export default createRule<Options>("no-secrets-in-args-and-env", {
  meta: {
    type: "problem",
    docs: {
      description: "Disallow secrets in ARG, ENV and Compose `environment` and `build.args`",
      config: "recommended",
    },
    languages: ["dockerfile", "compose"],
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
    },
  },
  create(context: RuleContext<Options>) {
    const isSecret = secretNameMatcher(
      context.options[0]?.secretWords ?? DEFAULT_SECRET_WORDS,
      context.options[0]?.allowWords ?? DEFAULT_ALLOW_WORDS,
    );

    if (fileKind(context) === "compose") {
      // Variables shared through an anchor or `<<` are reported once, where they are written.
      const reported = new Set<string>();
      const report = (node: AST.YAMLNode, name: string, messageId: "composeEnv" | "composeArg") => {
        const key = `${node.range[0]}:${name}`;
        if (reported.has(key)) return;
        reported.add(key);
        context.report({ node, messageId, data: { name } });
      };

      /** A literal, non-interpolated value that may hold a secret. */
      const isLiteral = (value: string | number | boolean | null | undefined): boolean => {
        if (value === null || value === undefined || typeof value === "boolean") return false;
        const text = String(value);
        return !isHarmlessValue(text) && !usesInterpolation(text);
      };

      /** `environment:` and `build.args:`, as a mapping or a list of `KEY=value`. */
      const checkVariables = (entry: MappingEntry | null, messageId: "composeEnv" | "composeArg") => {
        if (!entry?.value) return;
        if (entry.value.type === "YAMLMapping") {
          for (const variable of getMappingEntries(entry.value)) {
            if (!isSecret(variable.key) || !isLiteral(getScalarValue(variable.value))) continue;
            report(entryNode(variable, "key"), variable.key, messageId);
          }
        } else if (entry.value.type === "YAMLSequence") {
          for (const item of entry.value.entries) {
            const value = getScalarValue(item);
            if (typeof value !== "string" || !item) continue;
            const equals = value.indexOf("=");
            if (equals === -1) continue; // `- TOKEN` passes the variable through from the host
            const name = value.slice(0, equals).trim();
            if (!isSecret(name) || !isLiteral(value.slice(equals + 1))) continue;
            report(item, name, messageId);
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

    return {
      DockerfileArg(node: DockerfileArg) {
        // Even without a default: the value given with --build-arg is what leaks.
        for (const pair of node.pairs) {
          if (pair.value && isBooleanFlag(pair.value.value)) continue;
          if (isSecret(pair.key.value)) context.report({ node: pair.key, messageId: "arg", data: { name: pair.key.value } });
        }
      },
      DockerfileEnv(node: DockerfileEnv) {
        for (const pair of node.pairs) {
          if (!pair.value || isHarmlessValue(pair.value.value)) continue;
          if (isSecret(pair.key.value)) context.report({ node: pair.key, messageId: "env", data: { name: pair.key.value } });
        }
      },
    };
  },
});
