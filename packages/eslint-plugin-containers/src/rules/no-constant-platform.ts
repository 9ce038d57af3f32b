import type { DockerfileFrom } from "dockerfile-eslint-parser";
import { createRule, type RuleContext } from "../utils/create-rule.js";

/** Architectures a stage name may carry to say the constant is deliberate (`FROM --platform=linux/arm64 ... AS build-arm64`). */
const ARCHITECTURE = /(?:amd64|arm64|arm|386|ppc64le|s390x|riscv64|x86_64|aarch64|mips64le)/u;

export default createRule("no-constant-platform", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Disallow `FROM --platform` with a constant value, and the redundant `--platform=$TARGETPLATFORM`",
      config: "recommended",
    },
    languages: ["dockerfile"],
    fixable: "code",
    schema: [],
    messages: {
      constant:
        "`--platform={{platform}}` pins this stage to one platform, so `docker build --platform` and multi-platform builds silently use it anyway; drop the flag, or use `$BUILDPLATFORM` for a stage that only runs build tools.",
      redundant: "`--platform={{platform}}` is the default for every stage; remove it.",
    },
  },
  create(context: RuleContext) {
    const text = context.sourceCode.text;
    return {
      DockerfileFrom(node: DockerfileFrom) {
        for (const flag of node.flags) {
          if (flag.name !== "platform" || !flag.value) continue;
          const platform = flag.value;
          if (/^\$(?:TARGETPLATFORM|\{TARGETPLATFORM\})$/u.test(platform)) {
            context.report({
              node: flag,
              messageId: "redundant",
              data: { platform },
              // The flag and the blanks after it, so `FROM --platform=$TARGETPLATFORM alpine` becomes `FROM alpine`.
              fix: (fixer) => fixer.removeRange([flag.range[0], flag.range[1] + /^[ \t]*/u.exec(text.slice(flag.range[1]))![0].length]),
            });
            continue;
          }
          if (platform.includes("$")) continue;
          // A macOS or other non-container platform only ever serves files to copy (an SDK image): deliberate.
          if (!/^(?:linux|windows)(?:\/|$)/iu.test(platform)) continue;
          const stageName = node.stageName?.value.toLowerCase() ?? "";
          const arch = ARCHITECTURE.exec(platform.toLowerCase())?.[0];
          if (arch && stageName.includes(arch)) continue;
          context.report({ node: flag, messageId: "constant", data: { platform } });
        }
      },
    };
  },
});
