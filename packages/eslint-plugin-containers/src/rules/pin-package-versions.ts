import { createRule, type RuleContext } from "../utils/create-rule.js";
import { isDryRun, onRunCommandLines } from "../utils/shell/command-line.js";
import { installedPackages } from "../utils/shell/package-versions.js";
import type { ToolName } from "../utils/shell/tools.js";

/** How each tool writes a version, for the message. */
const SYNTAX: Readonly<Partial<Record<ToolName, (name: string) => string>>> = {
  "apt-get": (name) => `${name}=<version>`,
  apt: (name) => `${name}=<version>`,
  apk: (name) => `${name}=<version>`,
  pip: (name) => `${name}==<version>`,
  npm: (name) => `${name}@<version>`,
  yarn: (name) => `${name}@<version>`,
  pnpm: (name) => `${name}@<version>`,
  go: (name) => `${name}@<version>`,
  gem: (name) => `${name}:<version>`,
  yum: (name) => `${name}-<version>`,
  dnf: (name) => `${name}-<version>`,
  microdnf: (name) => `${name}-<version>`,
  zypper: (name) => `${name}=<version>`,
};

export default createRule("pin-package-versions", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Require a version on every package installed with apt-get, apk, pip, npm/yarn/pnpm, gem, yum/dnf, zypper and go install",
      config: "strict",
    },
    languages: ["dockerfile"],
    schema: [],
    messages: {
      unpinned: "`{{package}}` is installed at whatever version is current at build time; pin it (`{{pinned}}`).",
    },
  },
  create(context: RuleContext) {
    return onRunCommandLines((line) => {
      const syntax = SYNTAX[line.tool];
      if (!syntax || isDryRun(line)) return;
      for (const item of installedPackages(line)) {
        if (item.pinned) continue;
        // `npm@latest`, `gopls@latest`: the tag goes, the name stays (a leading `@` is a scope).
        const name = item.value.replace(/(?!^)@[^@]*$/u, "");
        context.report({ node: item.word, messageId: "unpinned", data: { package: item.value, pinned: syntax(name) } });
      }
    });
  },
});
