import type { DockerfileRun, Node, ShellCommand } from "dockerfile-eslint-parser";
import { createRule, type RuleContext } from "../utils/create-rule.js";
import { looksLikeWindowsStage } from "../utils/dockerfile/windows-guess.js";
import { findAncestor } from "../utils/dockerfile/ancestors.js";
import { invocationOf } from "../utils/shell/commands.js";
import { isTopLevel } from "../utils/shell/top-level.js";
import { findNodes } from "../utils/shell/walk.js";
import { wildcardMatcher } from "../utils/wildcard.js";

/** Scratch directories: a build step that works there is not setting up the image's directory. */
const SCRATCH = /^\/(var\/)?tmp(\/|$)/u;

/** The paths that `program` (`rm`, `mkdir`) is given anywhere in the RUN. */
function pathsGivenTo(run: DockerfileRun, program: string): string[] {
  return findNodes(run, (node: Node): node is ShellCommand => node.type === "ShellCommand")
    .map(invocationOf)
    .filter((invocation) => invocation?.program === program)
    .flatMap((invocation) => invocation!.args)
    .flatMap((word) => (word.value === null || word.value.startsWith("-") ? [] : [word.value.replace(/(?<!\/)\/+$/u, "")]));
}

/** Whether `rm` of `removed` deletes `directory` (the same path, a parent, or a glob over it). */
function removes(removed: string, directory: string): boolean {
  const matches = removed.includes("*") ? wildcardMatcher(removed) : (value: string) => value === removed;
  const parts = directory.split("/");
  return parts.some((_, index) => index > 0 && matches(parts.slice(0, index + 1).join("/"))) || matches(directory);
}

export default createRule("prefer-workdir", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Use WORKDIR instead of `cd` in RUN to set the directory of the steps that follow",
      config: "recommended",
    },
    languages: ["dockerfile"],
    schema: [],
    messages: {
      cd: "`cd {{path}}` only lasts until the end of this RUN; use `WORKDIR {{path}}` so every later instruction runs there and readers see where.",
    },
  },
  create(context: RuleContext) {
    return {
      "DockerfileRun ShellCommand[name='cd']"(command: ShellCommand) {
        const run = findAncestor(command, "DockerfileRun");
        if (!run || !isTopLevel(command) || looksLikeWindowsStage(run)) return;
        // `cd -P dir`: the options of cd take no value.
        const [target, extra] = command.words.slice(1).filter((word) => !/^-[LPe@]+$/u.test(word.value ?? ""));
        const path = target?.value?.replace(/(?<!\/)\/+$/u, "");
        // `cd`, `cd -`, `cd ..`, `cd "$dir"`: going back, or a directory only known at run time.
        if (!path || extra || path === "-" || /^(\.\.?\/?)+$/u.test(path)) return;
        if (SCRATCH.test(path)) return;
        // The RUN goes elsewhere afterwards (`cd /usr/src/x; make; cd /`): the `cd` is scoped on purpose.
        const cds = findNodes(run, (node: Node): node is ShellCommand => node.type === "ShellCommand" && node.name === "cd");
        if (cds.some((other) => other.range[0] > command.range[0] && isTopLevel(other))) return;
        // A one-off build directory (`mkdir build && cd build`, or deleted before the RUN ends).
        if (pathsGivenTo(run, "mkdir").includes(path)) return;
        if (pathsGivenTo(run, "rm").some((removed) => removes(removed, path))) return;
        context.report({ node: command, messageId: "cd", data: { path: target!.value! } });
      },
    };
  },
});
