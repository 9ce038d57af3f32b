import type { DockerfileArgument, DockerfileCopy, DockerfileInstruction, DockerfileStage, Node, ShellCommand } from "dockerfile-eslint-parser";
import { createRule, type RuleContext } from "../utils/create-rule.js";
import { dependencyInstallOf } from "../utils/shell/build-steps.js";
import { findNodes } from "../utils/shell/walk.js";

const isCommand = (node: Node): node is ShellCommand => node.type === "ShellCommand";

/** A COPY source that brings in the whole source tree or a source folder (`.`, `./`, `src/`, `*`). */
function broadSource(copy: DockerfileCopy): DockerfileArgument | null {
  if (copy.flags.some((flag) => flag.name === "from") || copy.heredocs.length > 0) return null;
  return copy.sources.find((source) => /^(?:\.\/?|\*|\.\/\*|[\w.-]+\/)$/u.test(source.value)) ?? null;
}

export default createRule("layer-cache-order", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Require dependency manifests to be copied and installed before the rest of the source",
      config: "recommended",
    },
    languages: ["dockerfile"],
    schema: [],
    messages: {
      order:
        "COPY {{source}} brings in the whole source before {{install}} on line {{line}}, so every source change re-runs the install; COPY {{manifest}} first, run {{install}}, then COPY the rest.",
    },
  },
  create(context: RuleContext) {
    /** Checks one sequence of instructions: a stage's own, or its ONBUILD triggers (run in order by the child build). */
    const checkSequence = (instructions: readonly DockerfileInstruction[]) => {
      let broad: DockerfileArgument | null = null;
      for (const instruction of instructions) {
        if (instruction.type === "DockerfileCopy") {
          broad ??= broadSource(instruction);
          continue;
        }
        if (instruction.type !== "DockerfileRun" || !broad) continue;
        const install = findNodes(instruction, isCommand).map(dependencyInstallOf).find(Boolean);
        if (!install) continue;
        context.report({
          node: broad,
          messageId: "order",
          data: { source: broad.value, install: install.label, line: install.command.loc.start.line, manifest: install.manifest },
        });
        // One report per broad COPY.
        broad = null;
      }
    };
    return {
      DockerfileStage(stage: DockerfileStage) {
        checkSequence(stage.body);
        checkSequence(stage.body.flatMap((instruction) => (instruction.type === "DockerfileOnbuild" && instruction.trigger ? [instruction.trigger] : [])));
      },
    };
  },
});
