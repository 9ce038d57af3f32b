import { createRule, type RuleContext } from "../utils/create-rule.js";
import { cacheIsKeptOut } from "../utils/dockerfile/tool-caches.js";
import { commandSpan, hasOption, insertAfter, isDryRun, onRunCommandLines } from "../utils/shell/command-line.js";

export default createRule("pip-no-cache-dir", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Require `--no-cache-dir` on `pip install` so the download cache does not ship in the image",
      config: "recommended",
    },
    languages: ["dockerfile"],
    fixable: "code",
    schema: [],
    messages: {
      missing: "`pip install` keeps its download cache in the image layer; add `--no-cache-dir`.",
      missingUv: "`uv pip install` keeps its cache in the image layer; add `--no-cache`.",
    },
  },
  create(context: RuleContext) {
    return onRunCommandLines((line) => {
      if (line.tool !== "pip" || line.action !== "install" || !line.subcommand || isDryRun(line)) return;
      const uv = line.launcher === "uv";
      if (uv ? hasOption(line, "--no-cache", "-n") : hasOption(line, "--no-cache-dir")) return;
      if (cacheIsKeptOut(line.node, uv ? "uv" : "pip")) return;
      const install = line.subcommand;
      context.report({
        loc: commandSpan(line).loc,
        messageId: uv ? "missingUv" : "missing",
        fix: (fixer) => insertAfter(fixer, install, uv ? "--no-cache" : "--no-cache-dir"),
      });
    });
  },
});
