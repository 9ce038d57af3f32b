import type { DockerfileCopy, Program } from "dockerfile-eslint-parser";
import { createRule, type RuleContext } from "../utils/create-rule.js";
import { getStages, isFinalStage, stageOf } from "../utils/dockerfile/stages.js";

export default createRule("no-copy-all-in-final-stage", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Disallow copying the whole build context into the final stage of a multi-stage build",
      config: "strict",
    },
    languages: ["dockerfile"],
    schema: [],
    messages: {
      copyAll:
        "The final stage copies the whole build context ('{{source}}'), sources and all, into the image you ship; COPY --from the builder stage only the artifacts, or name the files the image needs.",
    },
  },
  create(context: RuleContext) {
    return {
      DockerfileCopy(node: DockerfileCopy) {
        if (node.parent?.type !== "DockerfileStage" || node.flags.some((flag) => flag.name === "from")) return;
        const stage = stageOf(node);
        const program = stage?.parent as Program | null | undefined;
        if (!stage || !program || getStages(program).length < 2 || !isFinalStage(program, stage)) return;
        for (const source of node.sources) {
          if (/^\.\/?$/u.test(source.value)) context.report({ node: source, messageId: "copyAll", data: { source: source.value } });
        }
      },
    };
  },
});
