import { createRule, type RuleContext } from "../utils/create-rule.js";
import { commandSpan, onRunCommandLines } from "../utils/shell/command-line.js";

const UPGRADES_THE_DISTRIBUTION = new Set(["dist-upgrade", "full-upgrade"]);

export default createRule("no-dist-upgrade", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Disallow `apt-get dist-upgrade` and `zypper dist-upgrade` in RUN: upgrade the base image instead",
      config: "strict",
    },
    languages: ["dockerfile"],
    schema: [],
    messages: {
      distUpgrade: "`{{command}}` may move the image to other major package versions at each build; use a newer base image (or install the packages you need) instead.",
    },
  },
  create(context: RuleContext) {
    return onRunCommandLines((line) => {
      if (!["apt-get", "apt", "aptitude", "zypper"].includes(line.tool) || !UPGRADES_THE_DISTRIBUTION.has(line.action ?? "")) return;
      context.report({
        loc: commandSpan(line).loc,
        messageId: "distUpgrade",
        data: { command: `${line.program} ${line.subcommand?.value ?? ""}` },
      });
    });
  },
});
