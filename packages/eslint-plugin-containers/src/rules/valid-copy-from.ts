import type { DockerfileCopy, DockerfileFlag, Program } from "dockerfile-eslint-parser";
import { closestName } from "../utils/closest-name.js";
import { createRule, type RuleContext } from "../utils/create-rule.js";
import { getStages, stageOf, stagesNamed } from "../utils/dockerfile/stages.js";
import { locate } from "../utils/image-uses.js";

export default createRule("valid-copy-from", {
  meta: {
    type: "problem",
    docs: {
      description: "Require `COPY --from` to name an earlier stage, an image or a build context, not its own stage or a misspelt stage",
      config: "recommended",
    },
    languages: ["dockerfile"],
    schema: [],
    messages: {
      self: "`COPY --from={{name}}` names the stage it is in; a stage cannot copy from itself. Copy from an earlier stage, or use a plain COPY from the build context.",
      laterIndex: "`COPY --from={{name}}` names stage {{name}}, which is not an earlier stage (this is stage {{index}}); name an earlier stage, preferably by its name.",
      unknown: "`COPY --from={{name}}` names no stage, so Docker pulls an image called '{{name}}'; did you mean the stage '{{suggestion}}'?",
    },
  },
  create(context: RuleContext) {
    const text = context.sourceCode.text;
    return {
      DockerfileCopy(node: DockerfileCopy) {
        // Inside ONBUILD, --from names a stage of the Dockerfile that builds FROM this image.
        if (node.parent?.type !== "DockerfileStage") return;
        const stage = stageOf(node);
        const program = stage?.parent as Program | null;
        if (!stage || !program) return;
        for (const flag of node.flags) {
          if (flag.name !== "from" || !flag.value || flag.value.includes("$")) continue;
          const name = flag.value;
          const at = valueLocation(text, flag);
          if (/^\d+$/u.test(name)) {
            if (Number(name) >= stage.index) context.report({ node: at, messageId: "laterIndex", data: { name, index: stage.index } });
            continue;
          }
          const lower = name.toLowerCase();
          if (stage.name?.toLowerCase() === lower) {
            context.report({ node: at, messageId: "self", data: { name } });
            continue;
          }
          if (stagesNamed(program, lower).length > 0) continue;
          // An image (has a tag, digest, registry or path) or a named build context: not ours to judge.
          if (/[:@/.]/u.test(name)) continue;
          const names = getStages(program).flatMap((other) => (other.name ? [other.name] : []));
          const suggestion = closestName(name, names);
          if (suggestion) context.report({ node: at, messageId: "unknown", data: { name, suggestion } });
        }
      },
    };
  },
});

/** The value of `--from=...` when the flag is on one line, else the flag. */
function valueLocation(text: string, flag: DockerfileFlag) {
  const start = flag.range[0] + text.slice(...flag.range).indexOf("=") + 1;
  return flag.loc.start.line === flag.loc.end.line ? locate(text, start, flag.range[1]) : flag;
}
