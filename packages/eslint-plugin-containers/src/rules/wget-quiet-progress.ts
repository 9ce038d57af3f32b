import type { ShellCommand } from "dockerfile-eslint-parser";
import { createRule, type RuleContext } from "../utils/create-rule.js";
import { looksLikeWindowsStage } from "../utils/dockerfile/windows-guess.js";
import { invocationOf } from "../utils/shell/commands.js";
import { parseOptions } from "../utils/shell/short-options.js";

/** wget options (GNU and busybox) that take a value; `-n` takes the letters of `-nv`, `-nc`. */
const WGET_VALUED = new Set(
  ["-O", "-o", "-a", "-P", "-U", "-T", "-t", "-w", "-e", "-D", "-A", "-R", "-l", "-Q", "-i", "-B", "-Y", "-n"].concat(
    ["--output-document", "--output-file", "--append-output", "--directory-prefix", "--user-agent", "--timeout"],
    ["--tries", "--wait", "--execute", "--domains", "--accept", "--reject", "--level", "--quota", "--input-file"],
    ["--base", "--header", "--post-data", "--post-file", "--user", "--password", "--proxy", "--ca-certificate"],
  ),
);

export default createRule("wget-quiet-progress", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Require `wget` to print less than its default progress bar (`-nv`, `-q` or `--progress=`) in RUN",
      config: "strict",
    },
    languages: ["dockerfile"],
    fixable: "code",
    schema: [],
    messages: {
      noisy: "`wget` prints a progress line every few kilobytes, which floods the build log; add `-nv` (one line per file, errors still shown).",
    },
  },
  create(context: RuleContext) {
    return {
      "DockerfileRun ShellCommand"(command: ShellCommand) {
        if (looksLikeWindowsStage(command)) return;
        const invocation = invocationOf(command);
        if (invocation?.program !== "wget") return;
        const options = parseOptions(invocation.args, WGET_VALUED);
        const { flags, values } = options;
        if (flags.has("-q") || flags.has("--quiet") || flags.has("--no-verbose") || flags.has("--progress")) return;
        if (values.get("-n")?.value.includes("v")) return;
        // The log goes to a file: nothing reaches the build output.
        if (flags.has("-o") || flags.has("--output-file") || flags.has("-a") || flags.has("--append-output")) return;
        context.report({
          node: invocation.programWord,
          messageId: "noisy",
          fix: (fixer) => fixer.insertTextAfterRange(invocation.programWord.range, " -nv"),
        });
      },
    };
  },
});
