import type { DockerfileStage } from "dockerfile-eslint-parser";
import { createRule, type RuleContext } from "../utils/create-rule.js";
import { looksLikeWindowsStage } from "../utils/dockerfile/windows-guess.js";
import { findAncestor } from "../utils/dockerfile/ancestors.js";
import { commandLinesIn } from "../utils/shell/command-line.js";

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
      const uses = runs.flatMap((run) => commandLinesIn(run)).filter((line) => DOWNLOADERS.has(line.tool) && findAncestor(line.node, "DockerfileRun"));
      const first = uses[0];
      const second = uses.find((use) => use.tool !== first?.tool);
      if (!first || !second) return;
      context.report({
        node: second.programWord,
        messageId: "mixed",
        data: { first: first.tool, second: second.tool, line: first.programWord.loc.start.line },
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
