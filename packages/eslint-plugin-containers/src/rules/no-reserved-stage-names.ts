import type { DockerfileFrom } from "dockerfile-eslint-parser";
import { createRule, type RuleContext } from "../utils/create-rule.js";

/** Names BuildKit gives a meaning of its own: `FROM scratch` is the empty image, `context` the build context. */
const RESERVED = new Set(["scratch", "context"]);

export default createRule("no-reserved-stage-names", {
  meta: {
    type: "problem",
    docs: {
      description: "Disallow the reserved stage names `scratch` and `context`",
      config: "recommended",
    },
    languages: ["dockerfile"],
    schema: [],
    messages: {
      reserved:
        "Stage name '{{name}}' is reserved: {{meaning}}, so references to it never reach this stage; choose another name.",
    },
  },
  create(context: RuleContext) {
    return {
      DockerfileFrom(node: DockerfileFrom) {
        const name = node.stageName;
        if (!name || !RESERVED.has(name.value.toLowerCase())) return;
        const meaning = name.value.toLowerCase() === "scratch" ? "'scratch' is the empty image" : "'context' is the build context";
        context.report({ node: name, messageId: "reserved", data: { name: name.value, meaning } });
      },
    };
  },
});
