import type { DockerfileSimpleInstruction } from "dockerfile-eslint-parser";
import { createRule, type RuleContext } from "../utils/create-rule.js";
import { findAncestor } from "../utils/dockerfile/ancestors.js";
import { doubleQuoted } from "../utils/dockerfile/quote.js";

const AUTHORS_LABEL = "org.opencontainers.image.authors";

export default createRule("no-maintainer", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Disallow the deprecated `MAINTAINER` instruction; record the author in the `org.opencontainers.image.authors` label",
      config: "recommended",
    },
    languages: ["dockerfile"],
    fixable: "code",
    schema: [],
    messages: {
      deprecated: "`MAINTAINER` is deprecated; use `LABEL {{label}}=...` to record the author.",
    },
  },
  create(context: RuleContext) {
    const text = context.sourceCode.text;
    return {
      DockerfileMaintainer(node: DockerfileSimpleInstruction) {
        const first = node.arguments[0];
        const last = node.arguments.at(-1);
        // MAINTAINER keeps the rest of its line as written, quotes included.
        const author = first && last ? text.slice(first.range[0], last.range[1]) : "";
        const escape = findAncestor(node, "Program")?.escapeCharacter ?? "\\";
        const canFix = author !== "" && !/[\r\n]/u.test(author);
        context.report({
          node: node.keyword,
          messageId: "deprecated",
          data: { label: AUTHORS_LABEL },
          fix: canFix
            ? (fixer) => {
                const label = node.keyword.raw === node.keyword.raw.toLowerCase() ? "label" : "LABEL";
                // An author already written as one plain double-quoted string keeps its quotes' meaning.
                const value = /^"[^"$\\`]*"$/u.test(author) ? author : doubleQuoted(author, escape);
                return fixer.replaceTextRange([node.keyword.range[0], last!.range[1]], `${label} ${AUTHORS_LABEL}=${value}`);
              }
            : null,
        });
      },
    };
  },
});
