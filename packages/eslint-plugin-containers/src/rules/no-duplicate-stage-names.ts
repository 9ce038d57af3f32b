import type { DockerfileStage, Program } from "dockerfile-eslint-parser";
import { createRule, type RuleContext } from "../utils/create-rule.js";
import { getStages } from "../utils/dockerfile/stages.js";

export default createRule("no-duplicate-stage-names", {
  meta: {
    type: "problem",
    docs: {
      description: "Disallow two build stages with the same name",
      config: "recommended",
    },
    languages: ["dockerfile"],
    schema: [],
    messages: {
      duplicate:
        "Stage name '{{name}}' is already used by the stage on line {{line}} (Docker compares stage names case-insensitively); give each stage its own name.",
    },
  },
  create(context: RuleContext) {
    return {
      Program(program: Program) {
        const seen = new Map<string, DockerfileStage>();
        for (const stage of getStages(program)) {
          const name = stage.from.stageName;
          if (!name || !stage.name) continue;
          const key = stage.name.toLowerCase();
          const first = seen.get(key);
          if (first) {
            context.report({ node: name, messageId: "duplicate", data: { name: stage.name, line: first.loc.start.line } });
          } else seen.set(key, stage);
        }
      },
    };
  },
});
