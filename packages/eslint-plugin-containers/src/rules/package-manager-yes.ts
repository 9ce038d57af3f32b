import type { ShellStatement } from "dockerfile-eslint-parser";
import { createRule, type RuleContext } from "../utils/create-rule.js";
import { aptConfigured } from "../utils/dockerfile/apt-config.js";
import { type CommandLine, commandSpan, hasOption, insertAfter, isDryRun, onRunCommandLines } from "../utils/shell/command-line.js";

/** Subcommands that ask for confirmation when they have something to do. */
const APT_ASKS = new Set(["install", "remove", "purge", "upgrade", "dist-upgrade", "full-upgrade", "autoremove", "build-dep", "reinstall"]);
const RPM_ASKS = new Set(["install", "groupinstall", "groupremove", "groupupdate", "reinstall", "remove", "update", "downgrade", "autoremove", "distro-sync", "swap"]);
/** `dnf group install x`, `dnf module enable x`: the second word is the action. */
const RPM_NESTED_ASKS = new Set(["install", "remove", "update", "upgrade", "reinstall", "enable", "disable", "reset", "switch-to"]);
const ZYPPER_ASKS = new Set(["install", "remove", "update", "dist-upgrade", "patch", "source-install", "verify", "install-new-recommends"]);

/** apt-get: `-y`, `--yes`, `--assume-yes`, `-qq` (quiet level 2 implies yes), `-o APT::Get::Assume-Yes=true`. */
function aptAnswersYes(line: CommandLine): boolean {
  if (hasOption(line, "-y", "--yes", "--assume-yes", "--force-yes")) return true;
  const quiet = line.options.filter((option) => option.name === "-q" || option.name === "--quiet");
  if (quiet.length >= 2 || quiet.some((option) => Number(option.value) >= 2)) return true;
  return line.options.some((option) => (option.name === "-o" || option.name === "--option") && /^APT::Get::Assume-?Yes\s*=\s*"?(true|1|yes)"?$/iu.test(option.value ?? ""));
}

function rpmAnswersYes(line: CommandLine): boolean {
  return hasOption(line, "-y", "--assumeyes") || line.options.some((option) => option.name === "--setopt" && /^assumeyes\s*=\s*(1|true|yes)$/iu.test(option.value ?? ""));
}

/** `yes | apt-get install x`, `echo y | zypper in x`: the pipe answers. */
function answeredByPipe(line: CommandLine): boolean {
  const pipeline = line.node.parent;
  if (pipeline?.type !== "ShellPipeline") return false;
  const before = pipeline.commands.slice(0, pipeline.commands.indexOf(line.node as ShellStatement));
  return before.some((command) => command.type === "ShellCommand" && ["yes", "echo", "printf"].includes(command.name ?? ""));
}

/** Which command lines need an answer, and whether they give one. */
function needsYes(line: CommandLine): boolean {
  if (!line.subcommand || line.action === null || isDryRun(line) || answeredByPipe(line)) return false;
  switch (line.tool) {
    case "apt-get":
    case "apt":
      return APT_ASKS.has(line.action) && !aptAnswersYes(line) && !aptConfigured(line.node, /APT::Get::Assume-?Yes/iu);
    case "yum":
    case "dnf":
      if (line.action === "group" || line.action === "module") return RPM_NESTED_ASKS.has(line.operands[0]?.value ?? "") && !rpmAnswersYes(line);
      return RPM_ASKS.has(line.action) && !rpmAnswersYes(line);
    case "zypper":
      return ZYPPER_ASKS.has(line.action) && !hasOption(line, "-n", "--non-interactive", "-y", "--no-confirm");
    default:
      return false;
  }
}

export default createRule("package-manager-yes", {
  meta: {
    type: "problem",
    docs: {
      description: "Require the non-interactive flag (`-y`) on `apt-get`, `yum`, `dnf` and `zypper` commands that ask for confirmation",
      config: "recommended",
    },
    languages: ["dockerfile"],
    fixable: "code",
    schema: [],
    messages: {
      missing: "`{{command}}` asks for confirmation, and a build cannot answer; add `-y`.",
    },
  },
  create(context: RuleContext) {
    return onRunCommandLines((line) => {
      if (!needsYes(line)) return;
      const subcommand = line.subcommand!;
      context.report({
        loc: commandSpan(line).loc,
        messageId: "missing",
        data: { command: `${line.program} ${subcommand.value}` },
        fix: (fixer) => insertAfter(fixer, subcommand, "-y"),
      });
    });
  },
});
