import type { DockerfileExecForm, ShellCommand } from "dockerfile-eslint-parser";
import { createRule, type RuleContext } from "../utils/create-rule.js";
import { looksLikeWindowsStage } from "../utils/dockerfile/windows-guess.js";
import { onRunCommands } from "../utils/shell/run-listeners.js";
import { type CommandWord, invocationOfWords } from "../utils/shell/commands.js";

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
    /** `sudo` among the wrappers the model looked through: the words before the program. */
    const check = (words: readonly CommandWord[], node: ShellCommand | DockerfileExecForm) => {
      if (looksLikeWindowsStage(node)) return;
      const invocation = invocationOfWords(words, node);
      // `sudo $CMD`: the program is computed, so only the first word is known to be a command.
      const end = invocation ? words.indexOf(invocation.programWord) : 1;
      for (const word of words.slice(0, end)) {
        if (word.value !== null && /(^|\/)sudo$/u.test(word.value)) context.report({ node: word, messageId: "sudo" });
      }
    };
    return onRunCommands(
      (command) => check(command.words, command),
      (form) => check(form.elements, form),
    );
  },
});
