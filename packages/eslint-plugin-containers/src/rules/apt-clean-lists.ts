import type { DockerfileRun } from "dockerfile-eslint-parser";
import { createRule, type RuleContext } from "../utils/create-rule.js";
import { cacheDirectories, cacheIsKeptOut, runRemovesDirectory } from "../utils/dockerfile/tool-caches.js";
import { appendToChain } from "../utils/shell/chain.js";
import { type CommandLine, commandLinesIn, commandSpan } from "../utils/shell/command-line.js";

const APT = new Set(["apt-get", "apt", "aptitude"]);
const CLEANUP = "rm -rf /var/lib/apt/lists/*";

export default createRule("apt-clean-lists", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Require `rm -rf /var/lib/apt/lists/*` in the RUN that runs `apt-get update`, so the package lists do not ship in the image",
      config: "recommended",
    },
    languages: ["dockerfile"],
    fixable: "code",
    schema: [],
    messages: {
      missing: "`{{command}}` leaves the package lists in `/var/lib/apt/lists` in this layer; end the RUN's apt-get commands with `&& rm -rf /var/lib/apt/lists/*`.",
    },
  },
  create(context: RuleContext) {
    return {
      DockerfileRun(run: DockerfileRun) {
        const lines = commandLinesIn(run).filter((line) => APT.has(line.tool));
        const update = lines.find((line) => line.action === "update");
        if (!update || cacheIsKeptOut(update.node, "apt-lists")) return;
        const lists = cacheDirectories("apt-lists");
        const cleaned = runRemovesDirectory(run, lists)
          || lines.some((line) => line.action === "distclean" || line.action === "dist-clean");
        if (cleaned) return;
        const last: CommandLine = lines[lines.length - 1];
        context.report({
          loc: commandSpan(update).loc,
          messageId: "missing",
          data: { command: `${update.program} update` },
          fix: (fixer) => appendToChain(fixer, last.node, CLEANUP),
        });
      },
    };
  },
});
