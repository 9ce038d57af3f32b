import type { DockerfileCmd, DockerfileEntrypoint, Program } from "dockerfile-eslint-parser";
import { createRule, type RuleContext } from "../utils/create-rule.js";
import { commandArgv } from "../utils/dockerfile/command-argv.js";
import { stageEndState } from "../utils/dockerfile/stage-state.js";
import { packagesApplication } from "../utils/dockerfile/application-image.js";
import { getStages } from "../utils/dockerfile/stages.js";

const SHELLS = /^(?:sh|bash|zsh|ash|dash|ksh|mksh|fish|pwsh|powershell|cmd)(?:\.exe)?$/iu;
const INTERACTIVE_FLAGS = /^(?:-l|-i|-il|-li|--login|--interactive|-NoExit|-NoLogo)$/iu;
/** ENTRYPOINTs that run the CMD as the main process (`exec "$@"`), so a shell CMD is still the app. */
const PASS_THROUGH = /^(?:tini|dumb-init|catatonit|su-exec|gosu|.*entrypoint.*)$/iu;

const baseName = (path: string) => path.slice(Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\")) + 1);

/** Whether argv only starts a shell: `bash`, `/bin/sh`, `bash -l`. */
function onlyStartsShell(argv: string[] | null): boolean {
  return !!argv && argv.length > 0 && SHELLS.test(baseName(argv[0])) && argv.slice(1).every((arg) => INTERACTIVE_FLAGS.test(arg));
}

export default createRule("no-shell-cmd", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Disallow a final CMD or ENTRYPOINT that only starts a shell",
      config: "recommended",
    },
    languages: ["dockerfile"],
    schema: [],
    messages: {
      shell:
        "The image's {{keyword}} only starts a shell ('{{command}}'), so the container runs no service and exits without a terminal; make it run the application (`CMD [\"python\", \"-m\", \"app\"]`).",
    },
  },
  create(context: RuleContext) {
    // A dev container is meant to drop you into a shell.
    if (/(?:^|[\\/])\.devcontainer[\\/]/u.test(context.filename)) return {};
    const report = (instruction: DockerfileCmd | DockerfileEntrypoint, argv: string[]) => {
      context.report({
        node: instruction.command ?? instruction,
        messageId: "shell",
        data: { keyword: instruction.keyword.value, command: argv.join(" ") },
      });
    };
    return {
      Program(program: Program) {
        const final = getStages(program).at(-1);
        // A base or tool image (busybox, docker:cli, a build toolbox) rightly opens a shell.
        if (!final || !packagesApplication(final)) return;
        const { cmd, entrypoint } = stageEndState(final);
        const cmdArgv = commandArgv(cmd?.command ?? null);
        const entrypointArgv = commandArgv(entrypoint?.command ?? null);
        if (entrypoint && onlyStartsShell(entrypointArgv) && !cmd) {
          report(entrypoint, entrypointArgv!);
          return;
        }
        if (!cmd || !onlyStartsShell(cmdArgv)) return;
        if (entrypoint && !(entrypointArgv && entrypointArgv.length > 0 && PASS_THROUGH.test(baseName(entrypointArgv[0])))) return;
        report(cmd, cmdArgv!);
      },
    };
  },
});
