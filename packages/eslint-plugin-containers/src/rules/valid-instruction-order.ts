import type { DockerfileInstruction, DockerfileOnbuild, Program } from "dockerfile-eslint-parser";
import { createRule, type RuleContext } from "../utils/create-rule.js";

/** Instructions Docker refuses as an ONBUILD trigger. */
const NOT_TRIGGERS = new Set(["ONBUILD", "FROM", "MAINTAINER"]);

export default createRule("valid-instruction-order", {
  meta: {
    type: "problem",
    docs: {
      description: "Require `FROM` (after optional global `ARG`s) to come first, and disallow `ONBUILD` triggers Docker refuses",
      config: "recommended",
    },
    languages: ["dockerfile"],
    schema: [],
    messages: {
      beforeFrom:
        "`{{keyword}}` before the first `FROM`: only `ARG` (and comments and parser directives) may come before `FROM`; move it into a stage.",
      badTrigger: "`ONBUILD {{keyword}}` is not allowed: Docker refuses `ONBUILD`, `FROM` and `MAINTAINER` as ONBUILD triggers.",
    },
  },
  create(context: RuleContext) {
    return {
      Program(program: Program) {
        for (const node of program.body) {
          if (node.type === "DockerfileStage") break;
          // Unknown keywords are reported by valid-syntax.
          if (node.type === "DockerfileParserDirective" || node.type === "DockerfileArg" || node.type === "DockerfileUnknownInstruction") continue;
          const instruction: DockerfileInstruction = node;
          context.report({ node: instruction.keyword, messageId: "beforeFrom", data: { keyword: instruction.keyword.value } });
        }
      },
      DockerfileOnbuild(onbuild: DockerfileOnbuild) {
        const trigger = onbuild.trigger;
        if (trigger && NOT_TRIGGERS.has(trigger.keyword.value)) {
          context.report({ node: trigger.keyword, messageId: "badTrigger", data: { keyword: trigger.keyword.value } });
        }
      },
    };
  },
});
