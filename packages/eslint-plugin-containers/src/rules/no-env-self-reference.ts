import type { DockerfileEnv } from "dockerfile-eslint-parser";
import { createRule, type RuleContext } from "../utils/create-rule.js";
import { findAncestor } from "../utils/dockerfile/ancestors.js";
import { argumentVariableUses } from "../utils/dockerfile/argument-variables.js";
import { locatedRange } from "../utils/source-location.js";

export default createRule("no-env-self-reference", {
  meta: {
    type: "problem",
    docs: {
      description: "Disallow using a variable in the same `ENV` instruction that sets it",
      config: "recommended",
    },
    languages: ["dockerfile"],
    schema: [],
    messages: {
      sameEnv:
        "`${{name}}` does not see the `{{name}}` set earlier in this ENV: Docker expands every value with the variables from before the instruction; set `{{name}}` in an ENV of its own before this one.",
    },
  },
  create(context: RuleContext) {
    return {
      DockerfileEnv(env: DockerfileEnv) {
        const escape = findAncestor(env, "Program")?.escapeCharacter ?? "\\";
        const setBefore = new Set<string>();
        for (const pair of env.pairs) {
          if (pair.value) {
            for (const use of argumentVariableUses(pair.value, escape)) {
              if (setBefore.has(use.name)) context.report({ node: locatedRange(context.sourceCode.text, use.range), messageId: "sameEnv", data: { name: use.name } });
            }
          }
          setBefore.add(pair.key.value);
        }
      },
    };
  },
});
