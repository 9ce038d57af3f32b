import { createRule, type RuleContext } from "../utils/create-rule.js";
import { commandSpan, onRunCommandLines } from "../utils/shell/command-line.js";

/** `apt` subcommands that `apt-get` runs the same way: renaming the program is the whole change. */
const SAME_IN_APT_GET = new Set([
  "install", "remove", "purge", "update", "autoremove", "autopurge", "clean", "autoclean", "source", "build-dep",
  "download", "satisfy", "dist-upgrade", "check", "changelog", "reinstall",
]);
/** `apt` subcommands that map onto a different `apt-get` command: a suggestion, since behaviour changes. */
const SIMILAR_IN_APT_GET: Readonly<Record<string, string>> = {
  // `apt upgrade` installs new dependencies; `apt-get upgrade` holds those packages back.
  upgrade: "apt-get upgrade",
  "full-upgrade": "apt-get dist-upgrade",
};

export default createRule("prefer-apt-get", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Prefer `apt-get` to `apt` in RUN: `apt` is for people at a terminal and its command line is not stable",
      config: "recommended",
    },
    languages: ["dockerfile"],
    fixable: "code",
    hasSuggestions: true,
    schema: [],
    messages: {
      preferAptGet: "`apt` is meant for interactive use and warns that its command line may change; use `apt-get` in scripts.",
      preferAptCache: "`apt` is meant for interactive use and warns that its command line may change; use `apt-cache {{subcommand}}` in scripts.",
      useSimilar: "Use `{{replacement}}` (it differs slightly: check the result).",
    },
  },
  create(context: RuleContext) {
    return onRunCommandLines((line) => {
      if (line.tool !== "apt") return;
      const word = line.programWord;
      const action = line.action ?? "";
      const cacheCommand = ["list", "search", "show", "showsrc", "policy", "depends", "rdepends"].includes(action);
      // Replace the base name only (`/usr/bin/apt` → `/usr/bin/apt-get`), in shell or exec form.
      const rename = (replacement: string) => {
        const raw = context.sourceCode.text.slice(word.range[0], word.range[1]);
        const at = raw.lastIndexOf("apt");
        if (at === -1 || raw.slice(at) !== "apt" && raw.slice(at) !== 'apt"') return null;
        return { range: [word.range[0] + at, word.range[0] + at + 3] as [number, number], text: replacement };
      };
      const fixText = SAME_IN_APT_GET.has(action) ? rename("apt-get") : null;
      const similar = SIMILAR_IN_APT_GET[action];
      context.report({
        loc: commandSpan(line).loc,
        messageId: cacheCommand ? "preferAptCache" : "preferAptGet",
        data: { subcommand: action },
        fix: fixText ? (fixer) => fixer.replaceTextRange(fixText.range, fixText.text) : null,
        suggest: similar && line.subcommand && rename("apt-get")
          ? [{
              messageId: "useSimilar",
              data: { replacement: similar },
              fix: (fixer) => [
                fixer.replaceTextRange(rename("apt-get")!.range, "apt-get"),
                fixer.replaceTextRange(line.subcommand!.range, similar.slice("apt-get ".length)),
              ],
            }]
          : [],
      });
    });
  },
});
