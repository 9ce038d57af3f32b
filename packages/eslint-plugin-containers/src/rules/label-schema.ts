import type { DockerfileKeyValue, DockerfileLabel, Program } from "dockerfile-eslint-parser";
import { createRule, type RuleContext } from "../utils/create-rule.js";
import { findAncestor } from "../utils/dockerfile/ancestors.js";
import { knownValue, stateFor } from "../utils/dockerfile/paths.js";
import { stageEndState } from "../utils/dockerfile/stage-state.js";
import { getStages } from "../utils/dockerfile/stages.js";
import { expandVariables } from "../utils/dockerfile/variables.js";
import { isLabelValueOfType, LABEL_VALUE_DESCRIPTIONS, LABEL_VALUE_TYPES, type LabelValueType } from "../utils/label-value-types.js";

type LabelSpec = LabelValueType | { type: LabelValueType; required?: boolean };
type Options = [{ labels?: Record<string, LabelSpec>; strictLabels?: boolean }];

export default createRule<Options>("label-schema", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Require the labels of a configured schema on the image, with values of the right type",
      config: "off",
    },
    languages: ["dockerfile"],
    schema: [
      {
        type: "object",
        properties: {
          labels: {
            type: "object",
            additionalProperties: {
              oneOf: [
                { enum: [...LABEL_VALUE_TYPES] },
                {
                  type: "object",
                  properties: { type: { enum: [...LABEL_VALUE_TYPES] }, required: { type: "boolean" } },
                  required: ["type"],
                  additionalProperties: false,
                },
              ],
            },
          },
          strictLabels: { type: "boolean" },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ labels: {}, strictLabels: false }],
    messages: {
      missing: "The image has no `{{label}}` label, which the label schema requires; add `LABEL {{label}}=...` to this stage.",
      superfluous: "Label `{{label}}` is not in the label schema; remove it, or add it to the schema.",
      empty: "Label `{{label}}` is empty; the label schema expects {{expected}}.",
      invalid: "Label `{{label}}` is `{{value}}`, which is not {{expected}}.",
    },
  },
  create(context: RuleContext<Options>) {
    const specs = new Map(
      Object.entries(context.options[0]?.labels ?? {}).map(([label, spec]) => [
        label,
        typeof spec === "string" ? { type: spec, required: true } : { type: spec.type, required: spec.required ?? true },
      ]),
    );
    const strict = context.options[0]?.strictLabels ?? false;
    if (specs.size === 0 && !strict) return {};

    const checkPair = (pair: DockerfileKeyValue, escape: string) => {
      const label = pair.key.value;
      // A key built from a variable is whatever the build passes in.
      if (label.includes("$")) return;
      const spec = specs.get(label);
      if (!spec) {
        if (strict) context.report({ node: pair.key, messageId: "superfluous", data: { label } });
        return;
      }
      const expected = LABEL_VALUE_DESCRIPTIONS[spec.type];
      const { value, unresolved } = expandVariables(pair.value?.value ?? "", knownValue(stateFor(pair), escape), escape);
      // A value from a build arg is only known at build time.
      if (unresolved.length > 0) return;
      if (value.trim() === "") context.report({ node: pair.value ?? pair.key, messageId: "empty", data: { label, expected } });
      else if (!isLabelValueOfType(value, spec.type)) {
        context.report({ node: pair.value ?? pair.key, messageId: "invalid", data: { label, value, expected } });
      }
    };

    return {
      DockerfileLabel(node: DockerfileLabel) {
        const escape = findAncestor(node, "Program")?.escapeCharacter ?? "\\";
        for (const pair of node.pairs) checkPair(pair, escape);
      },
      "Program:exit"(program: Program) {
        const final = getStages(program).at(-1);
        if (!final) return;
        // Labels are inherited from base stages (`FROM build`) as from base images.
        const present = new Set<string>();
        for (const stage of stageEndState(final).stages) {
          for (const instruction of stage.body) {
            if (instruction.type === "DockerfileLabel") for (const pair of instruction.pairs) present.add(pair.key.value);
          }
        }
        for (const [label, spec] of specs) {
          if (spec.required && !present.has(label)) context.report({ node: final.from.keyword, messageId: "missing", data: { label } });
        }
      },
    };
  },
});
