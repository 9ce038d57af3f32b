import type { ShellCommand } from "dockerfile-eslint-parser";
import { createRule, type RuleContext } from "../utils/create-rule.js";
import { looksLikeWindowsStage } from "../utils/dockerfile/windows-guess.js";
import { invocationOf } from "../utils/shell/commands.js";

export default createRule("no-sudo", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Disallow `sudo` in RUN: switch users with `USER` instead",
      config: "recommended",
    },
    languages: ["dockerfile"],
    schema: [],
    messages: {
      sudo: "`sudo` in RUN is unpredictable (TTY, PAM, env_reset) and ships a setuid tool in the image; run the step under `USER root` and switch back with `USER`, or use `gosu`/`su-exec`.",
    },
  },
  create(context: RuleContext) {
    return {
      "DockerfileRun ShellCommand"(command: ShellCommand) {
        if (looksLikeWindowsStage(command)) return;
        // `sudo $CMD` has no invocation (the program is computed): look at the first word then.
        const wrappers = invocationOf(command)?.wrappers ?? command.words.slice(0, 1);
        for (const word of wrappers) {
          if (word.value !== null && /(^|\/)sudo$/u.test(word.value)) context.report({ node: word, messageId: "sudo" });
        }
      },
    };
  },
});
