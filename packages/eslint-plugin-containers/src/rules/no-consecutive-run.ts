import type { DockerfileOnbuild, DockerfileRun, Node, ShellCommand } from "dockerfile-eslint-parser";
import { createRule, type RuleContext } from "../utils/create-rule.js";
import { looksLikeWindowsStage } from "../utils/dockerfile/windows-guess.js";
import { findNodes } from "../utils/shell/walk.js";

/** hadolint DL3059: a RUN with more commands than this was split on purpose. */
const MAX_COMMANDS = 2;

/** How many commands a RUN runs (null when its shell is not parsed: cmd, PowerShell). */
function commandCount(run: DockerfileRun): number | null {
  const command = run.command;
  if (!command) return null;
  if (command.type === "DockerfileExecForm") return 1;
  if (!command.script || command.script.hasError) return null;
  return findNodes(command.script, (node: Node): node is ShellCommand => node.type === "ShellCommand" && node.name !== null).length;
}

function flagsText(run: DockerfileRun, text: string): string {
  return run.flags.map((flag) => text.slice(...flag.range)).sort().join(" ");
}

/**
 * The RUN right before this one in the same build: the stage's previous instruction, or for an
 * `ONBUILD RUN` the previous `ONBUILD RUN` (each trigger makes a layer in the child image).
 */
function previousRun(run: DockerfileRun): DockerfileRun | null {
  const onbuild = run.parent?.type === "DockerfileOnbuild" ? (run.parent as DockerfileOnbuild) : null;
  const body = ((onbuild ?? run).parent as { body: Node[] }).body;
  const previous = body[body.indexOf(onbuild ?? run) - 1];
  const candidate = onbuild ? (previous?.type === "DockerfileOnbuild" ? previous.trigger : null) : previous;
  return candidate?.type === "DockerfileRun" ? candidate : null;
}

export default createRule("no-consecutive-run", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Suggest merging consecutive short RUN instructions into one layer",
      config: "strict",
    },
    languages: ["dockerfile"],
    schema: [],
    messages: {
      consecutive: "This RUN follows another short RUN (line {{line}}) with the same flags; join them with `&&` into one RUN to save a layer.",
    },
  },
  create(context: RuleContext) {
    const text = context.sourceCode.text;
    return {
      "DockerfileStage > DockerfileRun, DockerfileStage > DockerfileOnbuild > DockerfileRun"(run: DockerfileRun) {
        const previous = previousRun(run);
        if (!previous || looksLikeWindowsStage(run)) return;
        if (flagsText(previous, text) !== flagsText(run, text)) return;
        const counts = [commandCount(previous), commandCount(run)];
        if (counts.some((count) => count === null || count > MAX_COMMANDS)) return;
        context.report({ node: run.keyword, messageId: "consecutive", data: { line: previous.loc.start.line } });
      },
    };
  },
});
