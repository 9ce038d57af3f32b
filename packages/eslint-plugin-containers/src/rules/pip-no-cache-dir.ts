import type { DockerfileRun, Node, ShellAssignment, ShellCommand } from "dockerfile-eslint-parser";
import { createRule, type RuleContext } from "../utils/create-rule.js";
import { hasCacheMount, stageSetsVariable } from "../utils/dockerfile/environment.js";
import { findAncestor } from "../utils/dockerfile/ancestors.js";
import { stageOf } from "../utils/dockerfile/stages.js";
import { hasOption, invocationOf, subcommandOf } from "../utils/shell/commands.js";
import { isPipInstall } from "../utils/shell/package-managers.js";
import { findNodes } from "../utils/shell/walk.js";

const VARIABLE = "PIP_NO_CACHE_DIR";

export default createRule("pip-no-cache-dir", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Require `--no-cache-dir` on `pip install` so the download cache does not ship in the image",
      config: "recommended",
    },
    languages: ["dockerfile"],
    fixable: "code",
    schema: [],
    messages: {
      missing: "`pip install` keeps its download cache in the image layer; add `--no-cache-dir`.",
    },
  },
  create(context: RuleContext) {
    /** Per RUN: does it set PIP_NO_CACHE_DIR itself (`export PIP_NO_CACHE_DIR=1 && ...`)? */
    const setsVariable = new WeakMap<DockerfileRun, boolean>();
    const runSetsVariable = (run: DockerfileRun) => {
      if (!setsVariable.has(run)) {
        const assignments = findNodes(run, (node: Node): node is ShellAssignment => node.type === "ShellAssignment" && node.name === VARIABLE);
        setsVariable.set(run, assignments.length > 0);
      }
      return setsVariable.get(run)!;
    };

    return {
      "DockerfileRun ShellCommand"(command: ShellCommand) {
        const invocation = invocationOf(command);
        if (!invocation || !isPipInstall(invocation) || hasOption(invocation.args, "--no-cache-dir")) return;
        const run = findAncestor(command, "DockerfileRun");
        if (!run || hasCacheMount(run) || runSetsVariable(run)) return;
        if (stageSetsVariable(stageOf(run), VARIABLE, run.range[0])) return;
        const install = subcommandOf(invocation)!;
        context.report({
          node: command,
          messageId: "missing",
          fix: (fixer) => fixer.insertTextAfterRange(install.range, " --no-cache-dir"),
        });
      },
    };
  },
});
