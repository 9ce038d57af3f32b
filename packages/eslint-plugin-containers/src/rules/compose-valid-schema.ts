import type { AST } from "yaml-eslint-parser";
import { isNewerSpecKey } from "../utils/compose/newer-spec-keys.js";
import { createRule, type Located } from "../utils/create-rule.js";
import {
  explainSchemaErrors,
  formatDataPath,
  getComposeSchemaValidator,
  toComposeData,
  type ComposeData,
  type SchemaProblem,
} from "../utils/compose/index.js";

export default createRule("compose-valid-schema", {
  meta: {
    type: "problem",
    docs: {
      description: "Require Compose files to match the official Compose Specification schema",
      config: "recommended",
    },
    languages: ["compose"],
    schema: [],
    messages: {
      type: "{{path}} must be {{expected}}.",
      typeEmpty: "{{path}} is empty, but it must be {{expected}}. Give it a value or remove the key.",
      unknownKey: "{{path}} has an unknown key '{{key}}'. {{hint}}",
      invalidName: "{{path}} has an entry named '{{key}}', but names here may only contain {{allowed}}.",
      required: "{{path}} is missing the required key '{{key}}'.",
      enum: "{{path}} must be one of: {{allowed}}.",
      duplicate: "{{path}} repeats {{first}}: list each entry once.",
      constraint: "{{path}} {{detail}}.",
      noForm: "{{path}} does not match any of the forms the Compose Specification allows here.",
      severalForms: "{{path}} matches more than one of the forms the Compose Specification allows here.",
    },
  },
  create(context) {
    return {
      Program() {
        if (!context.sourceCode.parserServices?.isCompose) return;
        const program = context.sourceCode.ast as AST.YAMLProgram;
        // Compose reads the first document only; an empty file is not a schema question.
        const content = program.body[0]?.content;
        if (!content) return;
        const data = toComposeData(content);
        if (!data) return; // too large once aliases are expanded
        const validate = getComposeSchemaValidator();
        if (validate(data.value)) return;
        const reported = new Set<string>();
        for (const problem of explainSchemaErrors(validate.errors ?? [])) {
          if (problem.kind === "unknownKey" && isNewerSpecKey(problem.path, problem.key)) continue;
          const node = problemNode(problem, data) ?? content;
          const { messageId, values } = describe(problem, data);
          // Two services sharing an anchored definition share its nodes: report a node once.
          const key = `${node.range[0]}:${node.range[1]}:${messageId}:${JSON.stringify({ ...values, path: "" })}`;
          if (reported.has(key)) continue;
          reported.add(key);
          context.report({ node, messageId, data: values });
        }
      },
    };
  },
});

/** Where a problem is reported: the offending key for key problems, else the value. */
function problemNode(problem: SchemaProblem, data: ComposeData): Located | null {
  switch (problem.kind) {
    case "unknownKey":
    case "invalidName": {
      const child = data.locate([...problem.path, problem.key]);
      return child?.key ?? child?.node ?? nearest(problem.path, data);
    }
    case "required": {
      const where = data.locate(problem.path);
      return where?.key ?? where?.node ?? nearest(problem.path, data);
    }
    case "duplicate":
      return data.locate([...problem.path, problem.index])?.node ?? nearest(problem.path, data);
    default:
      return nearest(problem.path, data);
  }
}

/** The node of `path`, or of its closest located ancestor. */
function nearest(path: readonly string[], data: ComposeData): Located | null {
  for (let length = path.length; length >= 0; length--) {
    const where = data.locate(path.slice(0, length));
    if (where) return where.node;
  }
  return null;
}

const NAME_PATTERN = "^[a-zA-Z0-9._-]+$";
const MAX_LISTED_KEYS = 12;

function describe(problem: SchemaProblem, data: ComposeData): { messageId: string; values: Record<string, string> } {
  const path = formatDataPath(problem.path, data.value) || "The top level";
  switch (problem.kind) {
    case "type":
      return { messageId: problem.empty ? "typeEmpty" : "type", values: { path, expected: problem.expected } };
    case "unknownKey":
      return { messageId: "unknownKey", values: { path, key: problem.key, hint: unknownKeyHint(problem) } };
    case "invalidName":
      return {
        messageId: "invalidName",
        values: {
          path,
          key: problem.key,
          allowed: problem.pattern === NAME_PATTERN ? "letters, digits, '.', '_' and '-'" : `text matching ${problem.pattern}`,
        },
      };
    case "required":
      return { messageId: "required", values: { path, key: problem.key } };
    case "enum":
      return { messageId: "enum", values: { path, allowed: problem.allowed.join(", ") } };
    case "duplicate":
      return {
        messageId: "duplicate",
        values: {
          path: formatDataPath([...problem.path, String(problem.index)], data.value),
          first: formatDataPath([...problem.path, String(problem.first)], data.value),
        },
      };
    case "constraint":
      return { messageId: "constraint", values: { path, detail: problem.detail } };
    case "noForm":
      return { messageId: problem.several ? "severalForms" : "noForm", values: { path } };
  }
}

function unknownKeyHint(problem: Extract<SchemaProblem, { kind: "unknownKey" }>): string {
  if (problem.suggestion) return `Did you mean '${problem.suggestion}'?`;
  const custom = problem.extensions ? " Custom keys must start with 'x-'." : "";
  if (problem.allowed.length > 0 && problem.allowed.length <= MAX_LISTED_KEYS) {
    return `The keys allowed here are: ${problem.allowed.join(", ")}.${custom}`;
  }
  return `Compose rejects keys it does not know: check the spelling.${custom}`;
}
