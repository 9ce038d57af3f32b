import type { ShellCommand } from "dockerfile-eslint-parser";
import { createRule, type RuleContext } from "../utils/create-rule.js";
import { looksLikeWindowsStage } from "../utils/dockerfile/windows-guess.js";
import { invocationOf } from "../utils/shell/commands.js";
import { parseOptions } from "../utils/shell/short-options.js";

/** The paths of the system shell that `ln` may overwrite. */
const SYSTEM_SHELL = new Set(["/bin/sh", "/usr/bin/sh"]);
/** `ln` options that take a value (GNU coreutils and busybox). */
const LN_VALUED = new Set(["-S", "--suffix", "-t", "--target-directory", "--backup"]);

export default createRule("prefer-shell-instruction", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Use the SHELL instruction instead of linking another shell to `/bin/sh`",
      config: "recommended",
    },
    languages: ["dockerfile"],
    schema: [],
    messages: {
      relink:
        "Linking over `{{path}}` changes the shell of every script in the image, not just of the build; set the build shell with `SHELL [\"/bin/bash\", \"-c\"]` instead.",
    },
  },
  create(context: RuleContext) {
    return {
      "DockerfileRun ShellCommand"(command: ShellCommand) {
        if (looksLikeWindowsStage(command)) return;
        const invocation = invocationOf(command);
        if (invocation?.program !== "ln") return;
        const options = parseOptions(invocation.args, LN_VALUED);
        // `ln -t DIR target...` names the directory, not the link: never /bin/sh itself.
        if (options.values.has("-t") || options.values.has("--target-directory")) return;
        const link = options.operands.at(-1);
        if (options.operands.length < 2 || !link?.value || !SYSTEM_SHELL.has(link.value.replace(/\/+$/u, ""))) return;
        context.report({ node: link, messageId: "relink", data: { path: link.value } });
      },
    };
  },
});
