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

/** `service <name> start`/`restart`: a daemon that the end of the RUN kills unless the RUN stops it. */
const STARTS = new Set(["start", "restart"]);

/** The `service <name> <action>` calls of the RUN around an invocation, in source order. */
function serviceCalls(invocation: Invocation): Array<{ name: string | null | undefined; action: string | null | undefined; at: number }> {
  const run = findAncestor(invocation.node, "DockerfileRun");
  if (!run) return [];
  return findNodes(run, (node: Node): node is ShellCommand => node.type === "ShellCommand")
    .map(invocationOf)
    .filter((other): other is Invocation => other?.program === "service")
    .map((other) => ({ name: other.args[0]?.value, action: other.args[1]?.value, at: other.node.range[0] }));
}

/**
 * A daemon run only for the duration of the RUN, on purpose, to seed data into the image:
 * `service mysql start && mysql < seed.sql && service mysql stop` (a start that the same RUN
 * stops later, and that stop), or `mysqld & … kill $!` (a `kill` in a RUN with a background job).
 */
function temporaryDaemon(invocation: Invocation, text: string): boolean {
  const run = findAncestor(invocation.node, "DockerfileRun");
  if (!run) return false;
  if (invocation.program === "kill") return /(^|[^&>|])&(?![&>])/u.test(text.slice(...run.range).replace(/\d?>&\d?/gu, ""));
  if (invocation.program !== "service") return false;
  const [name, action] = invocation.args.map((word) => word.value);
  const at = invocation.node.range[0];
  const calls = serviceCalls(invocation).filter((call) => call.name === name);
  if (STARTS.has(action ?? "")) return calls.some((call) => call.action === "stop" && call.at > at);
  if (action === "stop") return calls.some((call) => STARTS.has(call.action ?? "") && call.at < at);
  return false;
}

/** The service a `service <name> start|restart` starts, when its name is written out. */
function startedService(invocation: Invocation): { name: string; action: string } | null {
  const [name, action] = invocation.args.map((word) => word.value);
  if (invocation.program !== "service" || !name || !action || !STARTS.has(action)) return null;
  return { name, action };
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
      unstoppedService:
        "`service {{name}} {{action}}` starts a daemon that the end of this RUN kills without a clean shutdown, and nothing of it runs in the container; if the RUN needs it (to seed data), end the RUN with `service {{name}} stop`, otherwise start it in the image's entrypoint.",
    },
  },
  create(context: RuleContext<Options>) {
    const allow = new Set(context.options[0]?.allow ?? []);
    const commands = new Set(UNFRIENDLY.filter((name) => !allow.has(name)));
    const check = (invocation: Invocation | null) => {
      if (!invocation || !commands.has(invocation.program) || looksLikeWindowsStage(invocation.node)) return;
      if (temporaryDaemon(invocation, context.sourceCode.text)) return;
      const started = startedService(invocation);
      if (started) {
        context.report({ node: invocation.programWord, messageId: "unstoppedService", data: started });
        return;
      }
      context.report({ node: invocation.programWord, messageId: "unfriendly", data: { program: invocation.program } });
    };
    return onRunCommands(
      (command) => check(invocationOf(command)),
      (form) => check(invocationOfExecForm(form)),
    );
  },
});
