import type { DockerfileCopy, DockerfileStage, Program } from "dockerfile-eslint-parser";
import { createRule, type RuleContext } from "../utils/create-rule.js";
import { stageEndState } from "../utils/dockerfile/stage-state.js";
import { lastStageNamedBefore, stageOf } from "../utils/dockerfile/stages.js";
import { parseImageReference } from "../utils/image-tags.js";
import { isOfficialImageName } from "../utils/official-images.js";

/** Whether a stage's chain starts FROM scratch: everything in it was put there on purpose. */
function builtFromScratch(stage: DockerfileStage): boolean {
  const bottom = stageEndState(stage).stages.at(-1);
  return bottom?.from.image?.raw.toLowerCase() === "scratch";
}

/**
 * Whether an image is a whole distribution: a Docker official image (`golang`, `ubuntu`,
 * `node`...). Other images copied whole are usually bundles made for it (`tonistiigi/xx`,
 * distroless): copying all of them is their documented use.
 */
function isDistribution(reference: string | undefined): boolean {
  if (!reference || reference.includes("$")) return false;
  const parts = parseImageReference(reference);
  const name = parts.registry === null || /^(?:docker\.io|index\.docker\.io)$/iu.test(parts.registry) ? parts.name.replace(/^library\//u, "") : "/";
  return !name.includes("/") && isOfficialImageName(name);
}
export default createRule("no-copy-whole-filesystem", {
  meta: {
    type: "problem",
    docs: {
      description: "Disallow `COPY --from=<stage> / /`, which copies a whole filesystem",
      config: "recommended",
    },
    languages: ["dockerfile"],
    schema: [],
    messages: {
      whole:
        "`COPY --from={{from}} /` copies the whole filesystem of '{{from}}' (OS files, package caches, build tools) over this stage; copy only the paths the image needs.",
    },
  },
  create(context: RuleContext) {
    return {
      DockerfileCopy(node: DockerfileCopy) {
        const from = node.flags.find((flag) => flag.name === "from")?.value;
        // Only `/` onto `/`: copying a tree into a folder (`/ /rootfs`) assembles a root filesystem on purpose.
        if (!from || !node.destination || !/^\/+\.?$/u.test(node.destination.value)) return;
        const stage = stageOf(node);
        const program = stage?.parent as Program | null | undefined;
        if (!stage || !program) return;
        const source = lastStageNamedBefore(program, from, stage.index);
        // A stage flattened into FROM scratch: the whole tree is the point.
        if (builtFromScratch(stage) && stage.body[1] === node) return;
        const image = source ? stageEndState(source).stages.at(-1)?.from.image?.raw : from;
        if (!isDistribution(image)) return;
        for (const path of node.sources) {
          if (/^\/+\.?$/u.test(path.value)) context.report({ node: path, messageId: "whole", data: { from } });
        }
      },
    };
  },
});
