import { createRule, type RuleContext } from "../utils/create-rule.js";
import { looksLikeWindowsStage } from "../utils/dockerfile/windows-guess.js";
import { findOption, hasOption, insertAfter, onRunCommandLines } from "../utils/shell/command-line.js";

/** UIDs above the 16-bit range: lastlog/faillog grow to tens of megabytes at such an offset. */
const DEFAULT_MIN_UID = 65536;

type Options = [{ minUid?: number }];

export default createRule("useradd-no-log-init", {
  meta: {
    type: "problem",
    docs: {
      description: "Require `useradd -l` (`--no-log-init`) with a large UID, which otherwise bloats the image with a sparse lastlog",
      config: "recommended",
    },
    languages: ["dockerfile"],
    fixable: "code",
    schema: [
      {
        type: "object",
        properties: { minUid: { type: "integer", minimum: 0 } },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ minUid: DEFAULT_MIN_UID }],
    messages: {
      missing:
        "`useradd` with UID {{uid}} writes a sparse /var/log/lastlog and faillog that Docker stores in full (megabytes per thousand UIDs); add `-l` (`--no-log-init`).",
    },
  },
  create(context: RuleContext<Options>) {
    const minUid = context.options[0]?.minUid ?? DEFAULT_MIN_UID;
    return onRunCommandLines((line) => {
      if (line.tool !== "useradd" || hasOption(line, "-l", "--no-log-init") || looksLikeWindowsStage(line.node)) return;
      const uid = findOption(line, "-u", "--uid");
      if (!uid?.value || !/^\d+$/u.test(uid.value) || Number(uid.value) < minUid) return;
      context.report({
        node: uid.valueWord ?? uid.word,
        messageId: "missing",
        data: { uid: uid.value },
        fix: (fixer) => insertAfter(fixer, line.programWord, "-l"),
      });
    });
  },
});
