import type { Node, ShellCommand, ShellPipeline } from "dockerfile-eslint-parser";
import { createRule, type RuleContext } from "../utils/create-rule.js";
import { findAncestor } from "../utils/dockerfile/ancestors.js";
import { looksLikeWindowsStage } from "../utils/dockerfile/windows-guess.js";
import { type CommandLine, commandLineOf, findOption, hasOption } from "../utils/shell/command-line.js";
import { type Invocation, invocationOf } from "../utils/shell/commands.js";
import { scriptSource } from "../utils/shell/script-source.js";
import { findNodes } from "../utils/shell/walk.js";

/** curl or wget that writes what it downloads to stdout. */
function downloadsToStdout(line: CommandLine | null): line is CommandLine {
  if (line?.tool === "curl") {
    const output = findOption(line, "-o", "--output");
    return !hasOption(line, "-O", "--remote-name", "--remote-name-all") && (!output || output.value === "-");
  }
  return line?.tool === "wget" && findOption(line, "-O", "--output-document")?.value === "-";
}

/** A word that is nothing but one `$(...)`, `` `...` `` or `<(...)`: its output is the whole script. */
const WHOLE_SUBSTITUTION = /^(?:"\$\(.*\)"|\$\(.*\)|<\(.*\)|"`.*`"|`.*`)$/su;

/** The downloads whose output is the script: `sh -c "$(curl …)"`, `bash <(curl …)`. */
function downloadsIn(invocation: Invocation, text: string): CommandLine[] {
  return invocation.args
    .filter((word) => WHOLE_SUBSTITUTION.test(text.slice(...word.range)))
    .flatMap((word) => findNodes(word, (node: Node): node is ShellCommand => node.type === "ShellCommand"))
    .map(commandLineOf)
    .filter(downloadsToStdout);
}

export default createRule("no-remote-script-pipe", {
  meta: {
    type: "problem",
    docs: {
      description: "Disallow running a downloaded script straight from `curl`/`wget` (`curl … | sh`)",
      config: "strict",
    },
    languages: ["dockerfile"],
    schema: [],
    messages: {
      piped:
        "`{{program}}` runs a script straight from `{{downloader}}`, unverified: whatever the server sends runs in the build; download it to a file, check its checksum or signature, then run it.",
    },
  },
  create(context: RuleContext) {
    const report = (runner: Invocation, downloader: CommandLine) =>
      context.report({ node: runner.node, messageId: "piped", data: { program: runner.program, downloader: downloader.program } });
    return {
      "DockerfileRun ShellPipeline"(pipeline: ShellPipeline) {
        if (looksLikeWindowsStage(pipeline)) return;
        let downloader: CommandLine | null = null;
        for (const statement of pipeline.commands) {
          if (statement.type !== "ShellCommand") continue;
          const invocation = invocationOf(statement);
          if (downloader && invocation && scriptSource(invocation) === "stdin") {
            report(invocation, downloader);
            return;
          }
          const line = commandLineOf(statement);
          if (downloadsToStdout(line)) downloader = line;
        }
      },
      // `sh -c "$(curl -fsSL …)"`, `bash <(curl -fsSL …)`.
      // A plain `ShellCommand`, not `DockerfileRun ShellCommand`, like the other rules about RUN
      // commands (see run-listeners.ts): ESLint does not need esquery to match it.
      ShellCommand(command: ShellCommand) {
        if (!findAncestor(command, "DockerfileRun") || looksLikeWindowsStage(command)) return;
        const invocation = invocationOf(command);
        if (!invocation || scriptSource(invocation) === null) return;
        const [downloader] = downloadsIn(invocation, context.sourceCode.text);
        if (downloader) report(invocation, downloader);
      },
    };
  },
});
