import type { DockerfileAdd, DockerfileCopy } from "dockerfile-eslint-parser";
import { createRule, type RuleContext } from "../utils/create-rule.js";
import { findAncestor } from "../utils/dockerfile/ancestors.js";
import { knownValue, stateFor } from "../utils/dockerfile/paths.js";
import { expandVariables } from "../utils/dockerfile/variables.js";

export default createRule("copy-destination-slash", {
  meta: {
    type: "problem",
    docs: {
      description: "Require the destination of a `COPY` or `ADD` with several sources to end with `/`",
      config: "recommended",
    },
    languages: ["dockerfile"],
    fixable: "code",
    schema: [],
    messages: {
      missingSlash:
        "`{{keyword}}` with {{count}} sources needs a directory destination: Docker fails unless it ends with `/`; write `{{path}}/`.",
    },
  },
  create(context: RuleContext) {
    const check = (copy: DockerfileCopy | DockerfileAdd) => {
      const destination = copy.destination;
      if (!destination || copy.sources.length < 2) return;
      const escape = findAncestor(copy, "Program")?.escapeCharacter ?? "\\";
      const { value, unresolved } = expandVariables(destination.value, knownValue(stateFor(copy), escape), escape);
      // A destination ending in a variable with no known value may well end with a slash.
      if (/[/\\]$/u.test(value) || (unresolved.length > 0 && /\$\{?\w+\}?$/u.test(destination.value))) return;
      const raw = destination.raw;
      // Inside a closing quote (exec form, or a quoted shell word), else after the word.
      const end = /["']$/u.test(raw) && raw.length > 1 ? destination.range[1] - 1 : destination.range[1];
      context.report({
        node: destination,
        messageId: "missingSlash",
        data: { keyword: copy.keyword.value, count: copy.sources.length, path: destination.value },
        fix: (fixer) => fixer.insertTextAfterRange([end, end], "/"),
      });
    };
    return { DockerfileCopy: check, DockerfileAdd: check };
  },
});
