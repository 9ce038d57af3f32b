import type { DockerfileStage, Node, ShellCommand } from "dockerfile-eslint-parser";
import { createRule, type RuleContext } from "../utils/create-rule.js";
import { looksLikeWindowsStage } from "../utils/dockerfile/windows-guess.js";
import { findAncestor } from "../utils/dockerfile/ancestors.js";
import { invocationOf, type Invocation } from "../utils/shell/commands.js";
import { findNodes } from "../utils/shell/walk.js";

const DOWNLOADERS = new Set(["curl", "wget"]);

export default createRule("no-mixed-downloaders", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Disallow using both `curl` and `wget` in one stage: one download tool is enough",
      config: "strict",
    },
    languages: ["dockerfile"],
    schema: [],
    messages: {
      mixed: "This stage already downloads with `{{first}}` (line {{line}}); use `{{first}}` here too instead of `{{second}}`, so the image needs one download tool.",
    },
  },
  create(context: RuleContext) {
    /** The RUNs of a stage, and separately the ONBUILD RUNs (they run in another build). */
    const check = (stage: DockerfileStage, onbuild: boolean) => {
      const runs = stage.body.filter((instruction) => (onbuild ? instruction.type === "DockerfileOnbuild" : instruction.type === "DockerfileRun"));
      const uses: Invocation[] = [];
      for (const run of runs) {
        for (const command of findNodes(run, (node: Node): node is ShellCommand => node.type === "ShellCommand")) {
          const invocation = invocationOf(command);
          if (invocation && DOWNLOADERS.has(invocation.program) && findAncestor(command, "DockerfileRun")) uses.push(invocation);
        }
      }
      const first = uses[0];
      const second = uses.find((use) => use.program !== first?.program);
      if (!first || !second) return;
      context.report({
        node: second.programWord,
        messageId: "mixed",
        data: { first: first.program, second: second.program, line: first.programWord.loc.start.line },
      });
    };
    return {
      DockerfileStage(stage: DockerfileStage) {
        if (looksLikeWindowsStage(stage.from)) return;
        check(stage, false);
        check(stage, true);
      },
    };
  },
});
