import type { Node, ShellCommand } from "dockerfile-eslint-parser";
import { ALLOW_OPTION_SCHEMA } from "../utils/options-schema.js";
import { createRule, type RuleContext } from "../utils/create-rule.js";
import { findAncestor } from "../utils/dockerfile/ancestors.js";
import { looksLikeWindowsStage } from "../utils/dockerfile/windows-guess.js";
import { onRunCommands } from "../utils/shell/run-listeners.js";
import { type Invocation, invocationOf, invocationOfExecForm } from "../utils/shell/commands.js";
import { findNodes } from "../utils/shell/walk.js";

/** hadolint DL3001's list: interactive tools, and tools that manage a running system. */
const UNFRIENDLY = ["free", "kill", "mount", "ps", "service", "shutdown", "ssh", "top", "vim"];

type Options = [{ allow?: string[] }];

/**
 * A daemon run only for the duration of the RUN, on purpose: `service mysql start && … &&
 * service mysql stop`, or `mysqld & … kill $!`. Such a RUN starts something in the background
 * (a lone `&`), or stops the service it starts.
 */
function temporaryDaemon(invocation: Invocation, text: string): boolean {
  const run = findAncestor(invocation.node, "DockerfileRun");
  if (!run) return false;
  if (invocation.program === "kill") return /(^|[^&>|])&(?![&>])/u.test(text.slice(...run.range).replace(/\d?>&\d?/gu, ""));
  if (invocation.program !== "service") return false;
  const [name, action] = invocation.args.map((word) => word.value);
  const stops = findNodes(run, (node: Node): node is ShellCommand => node.type === "ShellCommand")
    .map(invocationOf)
    .some((other) => other?.program === "service" && other.args[0]?.value === name && other.args[1]?.value === "stop");
  return (action === "start" || action === "stop") && stops;
}

export default createRule("no-container-unfriendly-commands", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Disallow commands that make no sense while building an image (`ssh`, `vim`, `service`, `ps`, `kill`...)",
      config: "strict",
    },
    languages: ["dockerfile"],
    schema: [ALLOW_OPTION_SCHEMA],
    defaultOptions: [{ allow: [] }],
    messages: {
      unfriendly:
        "`{{program}}` in RUN acts on the build container, which is thrown away (no init system, no terminal, no other processes); do the work in the image's entrypoint or leave it out.",
    },
  },
  create(context: RuleContext<Options>) {
    const allow = new Set(context.options[0]?.allow ?? []);
    const commands = new Set(UNFRIENDLY.filter((name) => !allow.has(name)));
    const check = (invocation: Invocation | null) => {
      if (!invocation || !commands.has(invocation.program) || looksLikeWindowsStage(invocation.node)) return;
      if (temporaryDaemon(invocation, context.sourceCode.text)) return;
      context.report({ node: invocation.programWord, messageId: "unfriendly", data: { program: invocation.program } });
    };
    return onRunCommands(
      (command) => check(invocationOf(command)),
      (form) => check(invocationOfExecForm(form)),
    );
  },
});
