import { createRule, type RuleContext } from "../utils/create-rule.js";
import { findAncestor } from "../utils/dockerfile/ancestors.js";
import { cacheDirectories, cacheIsKeptOut, runRemovesDirectory } from "../utils/dockerfile/tool-caches.js";
import { commandSpan, hasOption, insertAfter, isDryRun, onRunCommandLines } from "../utils/shell/command-line.js";

export default createRule("apk-no-cache", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Require `--no-cache` on `apk add` so the package index does not ship in the image",
      config: "recommended",
    },
    languages: ["dockerfile"],
    fixable: "code",
    schema: [],
    messages: {
      missing: "`apk add` keeps the package index in `/var/cache/apk` in the image layer; add `--no-cache`.",
    },
  },
  create(context: RuleContext) {
    return onRunCommandLines((line) => {
      if (line.tool !== "apk" || line.action !== "add" || !line.subcommand || hasOption(line, "--no-cache")) return;
      // `--no-network` installs from what is already there: no index is fetched.
      if (hasOption(line, "--no-network") || isDryRun(line)) return;
      if (cacheIsKeptOut(line.node, "apk")) return;
      // `apk add ... && rm -rf /var/cache/apk/*` in the same RUN keeps the index out as well.
      const run = findAncestor(line.node, "DockerfileRun");
      if (run && runRemovesDirectory(run, cacheDirectories("apk"), line.node.range[0])) return;
      const add = line.subcommand;
      context.report({
        loc: commandSpan(line).loc,
        messageId: "missing",
        fix: (fixer) => insertAfter(fixer, add, "--no-cache"),
      });
    });
  },
});
