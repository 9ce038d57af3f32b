import { createRule, type RuleContext } from "../utils/create-rule.js";
import { looksLikeWindowsStage } from "../utils/dockerfile/windows-guess.js";
import { hasOption, onRunCommandLines } from "../utils/shell/command-line.js";

/** The paths of the system shell that `ln` may overwrite. */
const SYSTEM_SHELL = new Set(["/bin/sh", "/usr/bin/sh"]);

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
    return onRunCommandLines((line) => {
      // `ln -t DIR target...` names the directory, not the link: never /bin/sh itself.
      if (line.tool !== "ln" || hasOption(line, "-t", "--target-directory") || looksLikeWindowsStage(line.node)) return;
      const link = line.operands.at(-1);
      if (line.operands.length < 2 || !link?.value || !SYSTEM_SHELL.has(link.value.replace(/(?<!\/)\/+$/u, ""))) return;
      context.report({ node: link, messageId: "relink", data: { path: link.value } });
    });
  },
});
