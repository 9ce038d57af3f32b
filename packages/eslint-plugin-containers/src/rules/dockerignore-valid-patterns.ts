import type { DockerignorePattern } from "../languages/dockerignore/ast.js";
import { createRule } from "../utils/create-rule.js";
import { patternSyntaxError } from "../utils/dockerignore/pattern-syntax.js";

/** ` #` inside a pattern: Docker has no end-of-line comments, so the text is part of the path. */
const TRAILING_COMMENT = /\s#/u;

export default createRule("dockerignore-valid-patterns", {
  meta: {
    type: "problem",
    docs: {
      description: "Disallow `.dockerignore` patterns that Docker cannot parse, or that hold an end-of-line comment",
      config: "recommended",
    },
    languages: ["dockerignore"],
    schema: [],
    messages: {
      invalid: "Docker cannot parse the pattern `{{pattern}}`: {{reason}}, so the build fails. Fix the pattern.",
      trailingComment:
        "Docker has no end-of-line comments: this line matches a path named `{{pattern}}`, not `{{intended}}`. Put the comment on a line of its own.",
    },
  },
  create(context) {
    return {
      DockerignorePattern(node: DockerignorePattern) {
        const reason = patternSyntaxError(node.pattern);
        if (reason) {
          context.report({ node, messageId: "invalid", data: { pattern: node.raw, reason } });
          return;
        }
        const comment = TRAILING_COMMENT.exec(node.pattern);
        if (comment) {
          const intended = node.raw.slice(0, node.raw.length - node.pattern.length + comment.index).trimEnd();
          context.report({ node, messageId: "trailingComment", data: { pattern: node.pattern, intended } });
        }
      },
    };
  },
});
