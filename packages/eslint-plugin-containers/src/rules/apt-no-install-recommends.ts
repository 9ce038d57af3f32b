import { createRule, type RuleContext } from "../utils/create-rule.js";
import { findAncestor } from "../utils/dockerfile/ancestors.js";
import { aptConfigured } from "../utils/dockerfile/apt-config.js";
import { shipsInFinalImage, stageOf } from "../utils/dockerfile/stages.js";
import { type CommandLine, commandSpan, hasOption, insertAfter, isDryRun, onRunCommandLines } from "../utils/shell/command-line.js";

const SETTING = /APT::Install-Recommends/iu;

/** `-o APT::Install-Recommends=false` (or 0, no, off). */
function optionTurnsRecommendsOff(line: CommandLine): boolean {
  return line.options.some((option) => (option.name === "-o" || option.name === "--option") && /^APT::Install-Recommends\s*=\s*"?(false|0|no|off)"?$/iu.test(option.value ?? ""));
}

export default createRule("apt-no-install-recommends", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Require `--no-install-recommends` on `apt-get install` so only the packages asked for are installed",
      config: "recommended",
    },
    languages: ["dockerfile"],
    fixable: "code",
    schema: [],
    messages: {
      missing: "`{{command}}` also installs every recommended package; add `--no-install-recommends`.",
    },
  },
  create(context: RuleContext) {
    return onRunCommandLines((line) => {
      if ((line.tool !== "apt-get" && line.tool !== "apt") || line.action !== "install" || !line.subcommand) return;
      // `apt-get install -f` (repair) names no package.
      if (line.operands.length === 0 || isDryRun(line)) return;
      // A builder stage whose files never reach the final image: the extra packages cost build time only.
      const stage = stageOf(line.node);
      if (stage && !shipsInFinalImage(stage) && findAncestor(line.node, "DockerfileOnbuild") === null) return;
      if (hasOption(line, "--no-install-recommends") || optionTurnsRecommendsOff(line)) return;
      if (aptConfigured(line.node, SETTING)) return;
      const install = line.subcommand;
      context.report({
        loc: commandSpan(line).loc,
        messageId: "missing",
        data: { command: `${line.program} install` },
        fix: (fixer) => insertAfter(fixer, install, "--no-install-recommends"),
      });
    });
  },
});
