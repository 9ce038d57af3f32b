import type { AST } from "yaml-eslint-parser";
import { createRule } from "../utils/create-rule.js";
import { entryNode, findEntry, getComposeRoot } from "../utils/compose/index.js";
import { removeLinesEdit } from "../utils/remove-lines.js";

export default createRule("compose-no-version", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Disallow the obsolete top-level `version` key in Compose files",
      config: "recommended",
    },
    languages: ["compose"],
    fixable: "code",
    schema: [],
    messages: {
      obsolete:
        "The top-level `version` key is obsolete: Compose ignores it and warns about it. Remove it.",
    },
  },
  create(context) {
    return {
      Program() {
        const entry = findEntry(getComposeRoot(context), "version");
        if (!entry) return;
        // No fix for a `version` merged in with `<<` (not this file's line) or with a comment
        // inside its value (it would be lost); removeLinesEdit declines when other keys share
        // the line, as in a flow mapping `{version: "3", services: ...}`.
        const { pair } = entry;
        const { comments } = context.sourceCode.ast as AST.YAMLProgram;
        const commentInside = comments.some((c) => c.range[0] > pair.range[0] && c.range[1] < pair.range[1]);
        const edit =
          entry.mergedFrom || commentInside ? null : removeLinesEdit(context.sourceCode.text, pair.range);
        context.report({
          node: entryNode(entry, "key"),
          messageId: "obsolete",
          fix: edit ? (fixer) => fixer.replaceTextRange(edit.range, edit.text) : null,
        });
      },
    };
  },
});

