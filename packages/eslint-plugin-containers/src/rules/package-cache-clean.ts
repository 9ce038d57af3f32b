import type { DockerfileRun } from "dockerfile-eslint-parser";
import { createRule, type RuleContext } from "../utils/create-rule.js";
import { type CacheKind, cacheDirectories, cacheIsKeptOut, runRemovesDirectory } from "../utils/dockerfile/tool-caches.js";
import { appendToChain } from "../utils/shell/chain.js";
import { type CommandLine, commandLinesIn, commandSpan, hasOption, isDryRun } from "../utils/shell/command-line.js";

/** Per package manager: which commands fill the cache, which clean it, and the clean-up to add. */
interface Cleaner {
  cache: CacheKind;
  installs: (line: CommandLine) => boolean;
  cleans: (line: CommandLine) => boolean;
  cleanup: (program: string) => string;
}

const RPM_INSTALLS = new Set(["install", "groupinstall", "reinstall", "update", "upgrade", "downgrade", "distro-sync"]);
const rpm = (cache: CacheKind): Cleaner => ({
  cache,
  installs: (line) => RPM_INSTALLS.has(line.action ?? "") || (line.action === "group" || line.action === "module") && line.operands[0]?.value === "install",
  cleans: (line) => line.action === "clean" && line.operands.some((operand) => operand.value === "all"),
  cleanup: (program) => `${program} clean all`,
});

const CLEANERS: Readonly<Partial<Record<CommandLine["tool"], Cleaner>>> = {
  yum: rpm("yum"),
  dnf: rpm("dnf"),
  microdnf: rpm("dnf"),
  zypper: {
    cache: "zypper",
    installs: (line) => ["install", "update", "dist-upgrade", "patch", "source-install"].includes(line.action ?? ""),
    cleans: (line) => line.action === "clean",
    cleanup: (program) => `${program} clean --all`,
  },
  yarn: {
    cache: "yarn",
    // A bare `yarn` (or `yarn --frozen-lockfile`) installs too; `yarn --version` does not.
    installs: (line) =>
      line.action === "install" || line.action === "add" || (line.action === "global" && line.operands[0]?.value === "add")
      || (line.subcommand === null && !hasOption(line, "-v", "--version", "-h", "--help")),
    cleans: (line) => line.action === "cache" && line.operands[0]?.value === "clean",
    cleanup: () => "yarn cache clean",
  },
};

export default createRule("package-cache-clean", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Require the package manager's clean-up (`yum clean all`, `dnf clean all`, `zypper clean`, `yarn cache clean`) in the RUN that installs",
      config: "recommended",
    },
    languages: ["dockerfile"],
    fixable: "code",
    schema: [],
    messages: {
      missing: "`{{command}}` leaves its package cache in this layer; clean it in the same RUN (`&& {{cleanup}}`).",
    },
  },
  create(context: RuleContext) {
    return {
      DockerfileRun(run: DockerfileRun) {
        const lines = commandLinesIn(run);
        const reported = new Set<string>();
        for (const line of lines) {
          const cleaner = CLEANERS[line.tool];
          if (!cleaner || reported.has(line.tool) || !cleaner.installs(line) || isDryRun(line)) continue;
          reported.add(line.tool);
          const same = lines.filter((other) => other.tool === line.tool);
          const cleaned = same.some((other) => cleaner.cleans(other))
            || runRemovesDirectory(run, cacheDirectories(cleaner.cache));
          if (cleaned || cacheIsKeptOut(line.node, cleaner.cache)) continue;
          const cleanup = cleaner.cleanup(line.program);
          const last = same[same.length - 1];
          context.report({
            loc: commandSpan(line).loc,
            messageId: "missing",
            data: { command: line.subcommand ? `${line.program} ${line.subcommand.value ?? ""}`.trim() : line.program, cleanup },
            fix: (fixer) => appendToChain(fixer, last.node, cleanup),
          });
        }
      },
    };
  },
});
