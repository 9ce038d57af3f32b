import type { Node, ShellCommand, ShellPipeline } from "dockerfile-eslint-parser";
import { createRule, type RuleContext } from "../utils/create-rule.js";
import { looksLikeWindowsStage } from "../utils/dockerfile/windows-guess.js";
import { findAncestor } from "../utils/dockerfile/ancestors.js";
import { invocationOf, type Invocation } from "../utils/shell/commands.js";
import { parseOptions } from "../utils/shell/short-options.js";
import { findNodes } from "../utils/shell/walk.js";

/** Programs that run a script they read from stdin when given no script file (or `-`). */
const SHELLS = /^(sh|bash|dash|ash|zsh|ksh|mksh)$/u;
const INTERPRETERS = /^(python[\d.]*|perl|ruby|node|php)$/u;
/** Shell options that take a value (`-o pipefail`, `-O extglob`). */
const SHELL_VALUED = new Set(["-o", "-O", "+o", "+O", "--rcfile", "--init-file"]);
const CURL_VALUED = new Set(["-o", "--output", "-H", "--header", "-u", "--user", "-d", "--data", "-A", "--user-agent", "-x", "--proxy", "-e", "--referer", "-m", "--max-time", "--retry", "--connect-timeout", "-w", "--write-out", "-X", "--request", "--cacert", "-b", "--cookie", "-c", "--cookie-jar", "--url", "--retry-delay", "--retry-max-time"]);
const WGET_OUTPUT = new Set(["-O", "--output-document"]);

/** curl or wget that writes what it downloads to stdout. */
function downloadsToStdout(invocation: Invocation): boolean {
  if (invocation.program === "curl") {
    const options = parseOptions(invocation.args, CURL_VALUED);
    const output = options.values.get("-o") ?? options.values.get("--output");
    return !options.flags.has("-O") && !options.flags.has("--remote-name") && (!output || output.value === "-");
  }
  if (invocation.program === "wget") {
    const options = parseOptions(invocation.args, WGET_OUTPUT);
    return (options.values.get("-O") ?? options.values.get("--output-document"))?.value === "-";
  }
  return false;
}

/** A shell or interpreter that reads its script from stdin: `sh`, `bash -s -- x`, `python3 -`. */
function runsStdin(invocation: Invocation): boolean {
  const isShell = SHELLS.test(invocation.program);
  if (!isShell && !INTERPRETERS.test(invocation.program)) return false;
  const options = parseOptions(invocation.args, SHELL_VALUED);
  if (options.flags.has("-c") || options.flags.has("-e") || options.flags.has("-m")) return false;
  if (isShell && options.flags.has("-s")) return true;
  const script = options.operands[0];
  return !script || script.value === "-" || script.value === "/dev/stdin";
}

/** A word that is nothing but one `$(...)`, `` `...` `` or `<(...)`: its output is the whole script. */
const WHOLE_SUBSTITUTION = /^(?:"\$\(.*\)"|\$\(.*\)|<\(.*\)|"`.*`"|`.*`)$/su;

/** The downloads whose output is the script: `sh -c "$(curl …)"`, `bash <(curl …)`. */
function downloadsIn(invocation: Invocation, text: string): Invocation[] {
  return invocation.args
    .filter((word) => WHOLE_SUBSTITUTION.test(text.slice(...word.range)))
    .flatMap((word) => findNodes(word, (node: Node): node is ShellCommand => node.type === "ShellCommand"))
    .map(invocationOf)
    .filter((inner): inner is Invocation => inner !== null && downloadsToStdout(inner));
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
    const report = (runner: Invocation, downloader: Invocation) =>
      context.report({ node: runner.command, messageId: "piped", data: { program: runner.program, downloader: downloader.program } });
    return {
      "DockerfileRun ShellPipeline"(pipeline: ShellPipeline) {
        if (looksLikeWindowsStage(pipeline)) return;
        let downloader: Invocation | null = null;
        for (const statement of pipeline.commands) {
          const invocation = statement.type === "ShellCommand" ? invocationOf(statement) : null;
          if (!invocation) continue;
          if (downloader && runsStdin(invocation)) {
            report(invocation, downloader);
            return;
          }
          if (downloadsToStdout(invocation)) downloader = invocation;
        }
      },
      // `sh -c "$(curl -fsSL …)"`, `bash <(curl -fsSL …)`.
      "DockerfileRun ShellCommand"(command: ShellCommand) {
        if (!findAncestor(command, "DockerfileRun") || looksLikeWindowsStage(command)) return;
        const invocation = invocationOf(command);
        if (!invocation || !(SHELLS.test(invocation.program) || INTERPRETERS.test(invocation.program))) return;
        const [downloader] = downloadsIn(invocation, context.sourceCode.text);
        if (downloader) report(invocation, downloader);
      },
    };
  },
});
