import type { ShellCommand } from "dockerfile-eslint-parser";
import { createRule, type RuleContext } from "../utils/create-rule.js";
import { looksLikeWindowsStage } from "../utils/dockerfile/windows-guess.js";
import { invocationOf } from "../utils/shell/commands.js";
import { parseOptions } from "../utils/shell/short-options.js";

/** shadow-utils `useradd` options that take a value. */
const USERADD_VALUED = new Set(
  ["b", "c", "d", "e", "f", "g", "G", "k", "K", "p", "P", "R", "s", "u", "Z"].map((letter) => `-${letter}`).concat(
    ["--base-dir", "--comment", "--home-dir", "--expiredate", "--inactive", "--gid", "--groups", "--skel", "--key"],
    ["--password", "--prefix", "--root", "--shell", "--uid", "--selinux-user", "--btrfs-subvolume-home"],
  ),
);

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
    return {
      "DockerfileRun ShellCommand"(command: ShellCommand) {
        if (looksLikeWindowsStage(command)) return;
        const invocation = invocationOf(command);
        if (invocation?.program !== "useradd") return;
        const options = parseOptions(invocation.args, USERADD_VALUED);
        if (options.flags.has("-l") || options.flags.has("--no-log-init")) return;
        const uid = options.values.get("-u") ?? options.values.get("--uid");
        if (!uid || !/^\d+$/u.test(uid.value) || Number(uid.value) < minUid) return;
        context.report({
          node: uid.word,
          messageId: "missing",
          data: { uid: uid.value },
          fix: (fixer) => fixer.insertTextAfterRange(invocation.programWord.range, " -l"),
        });
      },
    };
  },
});
