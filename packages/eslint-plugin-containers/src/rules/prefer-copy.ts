import type { DockerfileAdd } from "dockerfile-eslint-parser";
import { createRule, type RuleContext } from "../utils/create-rule.js";

/** Sources ADD fetches rather than copies. */
const REMOTE = /^(?:[a-z][a-z\d+.-]*:\/\/|git@)/iu;
/** Local archives ADD unpacks (tar with any compression Docker knows). */
const ARCHIVE = /\.(?:tar|tgz|tbz2?|txz|tzst|tlz|taz|gz|bz2|xz|zst|lz|lzma|z)$/iu;
/** Flags only ADD has: the user relies on ADD's own behaviour. */
const ADD_ONLY_FLAGS = new Set(["checksum", "keep-git-dir", "unpack"]);

export default createRule("prefer-copy", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Require COPY rather than ADD for local files and folders",
      config: "recommended",
    },
    languages: ["dockerfile"],
    fixable: "code",
    schema: [],
    messages: {
      preferCopy:
        "ADD of local files does what COPY does, plus URL fetching and archive unpacking you do not use here; use COPY, which says so.",
    },
  },
  create(context: RuleContext) {
    return {
      DockerfileAdd(node: DockerfileAdd) {
        if (node.heredocs.length > 0 || node.sources.length === 0 || !node.destination) return;
        if (node.flags.some((flag) => ADD_ONLY_FLAGS.has(flag.name))) return;
        for (const source of node.sources) {
          const value = source.value;
          // A variable may hold a URL or an archive; a pattern ending in a wildcard may match an archive.
          if (value.includes("$") || REMOTE.test(value) || ARCHIVE.test(value) || /[*?\]]$/u.test(value)) return;
        }
        const keyword = node.keyword;
        context.report({
          node: keyword,
          messageId: "preferCopy",
          fix: (fixer) => fixer.replaceTextRange(keyword.range, keyword.raw === keyword.raw.toLowerCase() ? "copy" : "COPY"),
        });
      },
    };
  },
});
