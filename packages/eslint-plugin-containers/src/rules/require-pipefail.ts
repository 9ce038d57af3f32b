import type {
  DockerfileImageReference,
  DockerfileRun,
  DockerfileShell,
  Node,
  ShellPipeline,
  ShellStatement,
} from "dockerfile-eslint-parser";
import { createRule, type RuleContext } from "../utils/create-rule.js";
import { looksLikeWindowsStage } from "../utils/dockerfile/windows-guess.js";
import { findAncestor } from "../utils/dockerfile/ancestors.js";
import { isBusyboxBased } from "../utils/dockerfile/busybox-base.js";
import { invocationOf } from "../utils/shell/commands.js";
import { execFormText } from "../utils/shell/plain-command.js";
import { inlineScriptWord } from "../utils/shell/script-source.js";
import { shellStateBefore } from "../utils/shell/shell-state.js";
import { findNodes } from "../utils/shell/walk.js";
import { positionAt } from "../utils/text-position.js";

/** Commands that cannot fail in a way that matters at the head of a pipe (`yes` even dies of SIGPIPE). */
const CANNOT_FAIL = new Set(["echo", "printf", "yes", "true"]);
/** Test commands: a pipe inside their `$(...)` only produces a string to compare. */
const TESTS = new Set(["[", "[[", "test"]);
/** Shells whose `-o pipefail` works, by base name. */
const PIPEFAIL_SHELLS = /^(bash|ash|zsh|ksh|mksh)$/u;

/** `echo x`, `{ echo a; printf b; }`: a head of a pipe that cannot fail. */
function cannotFail(statement: ShellStatement): boolean {
  if (statement.type === "ShellCommand") {
    const program = invocationOf(statement)?.program;
    return program !== undefined && CANNOT_FAIL.has(program);
  }
  return statement.type === "ShellCompound" && (statement.kind === "compound" || statement.kind === "subshell") && statement.body.every(cannotFail);
}

/** `… | head`, `… | grep -q x`: the reader may stop early, and pipefail would fail on the writer's SIGPIPE. */
function readsPartially(statement: ShellStatement): boolean {
  const invocation = statement.type === "ShellCommand" ? invocationOf(statement) : null;
  if (invocation?.program === "head") return true;
  if (invocation?.program !== "grep") return false;
  return invocation.args.some((word) => /^(-[a-zA-Z]*[qlm]|--(quiet|silent|max-count|files-with-matches)(=|$))/u.test(word.value ?? ""));
}

/** `grep x SUMS | sha256sum -c -`: the checker fails on empty input, so a failed head fails the pipe anyway. */
function checksEverything(statement: ShellStatement): boolean {
  const invocation = statement.type === "ShellCommand" ? invocationOf(statement) : null;
  if (!invocation || !/^(sha(1|224|256|384|512)sum|md5sum|b2sum)$/u.test(invocation.program)) return false;
  // `-c` among bundled short options (`-sc`); one pass, where `-[a-zA-Z]*c[a-zA-Z]*` backtracked.
  return invocation.args.some((word) => word.value === "--check" || (/^-[a-zA-Z]*$/u.test(word.value ?? "") && word.value!.includes("c")));
}

/**
 * Whether a node is in a script that another shell runs: `sh -c 'a | b'`, `su app -c '…'`, or a
 * `RUN <<EOF` body with a shebang. That shell has its own options, which SHELL does not set.
 */
function insideInlineScript(node: Node): boolean {
  for (let current = node.parent; current && current.type !== "DockerfileRun"; current = current.parent) {
    if (current.type === "ShellWord" && current.parent?.type === "ShellCommand") {
      const invocation = invocationOf(current.parent);
      if (invocation && inlineScriptWord(invocation) === current) return true;
    }
    // `RUN <<EOF` with a `#!` line: BuildKit runs the body with that interpreter, not with SHELL.
    if (current.type === "ShellHeredoc" && current.value.startsWith("#!")) return true;
  }
  return false;
}

/** The statement a redirect wraps (`grep x >&2` read as `grep x`). */
function withoutRedirects(statement: ShellStatement): ShellStatement {
  return statement.type === "ShellCompound" && statement.kind === "redirected" && statement.body.length === 1 ? statement.body[0] : statement;
}

/** The pipe itself, or the `redirected` statements around it (`a | b > f`). */
function outermostRedirected(pipeline: ShellPipeline): ShellStatement {
  let statement: ShellStatement = pipeline;
  while (statement.parent?.type === "ShellCompound" && statement.parent.kind === "redirected") statement = statement.parent;
  return statement;
}

/**
 * Whether a pipe hides a failure that matters: its head can fail, its reader reads everything,
 * and it is not a condition (`if ! a | grep …; then`, `[ -z "$(a | grep x)" ]`), where
 * pipefail would change the test rather than catch an error.
 */
function mattersWithoutPipefail(pipeline: ShellPipeline, text: string): boolean {
  const commands = pipeline.commands.map(withoutRedirects);
  const last = commands.at(-1)!;
  if (commands.slice(0, -1).every(cannotFail) || readsPartially(last) || checksEverything(last)) return false;
  // `if ! a | b >&2; then`: tree-sitter wraps a pipe with a trailing redirect in a `redirected` statement.
  const statement = outermostRedirected(pipeline);
  if (statement.parent?.type === "ShellCompound" && statement.parent.kind === "negated") return false;
  // eslint-disable-next-line regexp/no-super-linear-backtracking -- on a 40-character slice
  if (/^\s*;?\s*(then|do)\b/u.test(text.slice(statement.range[1], statement.range[1] + 40))) return false;
  const command = findAncestor(pipeline, "ShellCommand");
  return !(command && TESTS.has(command.name ?? ""));
}

/** The shell to suggest: the stage's own if it can do pipefail, else bash (ash on Alpine/busybox). */
function suggestedShell(shell: DockerfileShell | null, baseImage: DockerfileImageReference | null): string {
  const current = shell?.command?.type === "DockerfileExecForm" ? shell.command.elements[0]?.value : undefined;
  if (current && PIPEFAIL_SHELLS.test(current.slice(current.lastIndexOf("/") + 1))) return current;
  return isBusyboxBased(baseImage) ? "/bin/ash" : "/bin/bash";
}

/**
 * The SHELL arguments to suggest: the current SHELL's own, with `-o pipefail` before its `-c`
 * (so `["/bin/bash", "-ex", "-c"]` keeps `-ex`), when it runs `executable`; else the plain form.
 */
function suggestedArguments(shell: DockerfileShell | null, executable: string): string[] {
  const values = shell?.command?.type === "DockerfileExecForm" ? shell.command.elements.map((element) => element.value) : [];
  const command = values.findLastIndex((value) => /^-[a-zA-Z]*c$/u.test(value));
  if (values[0] !== executable || command < 1) return [executable, "-o", "pipefail", "-c"];
  return [...values.slice(0, command), "-o", "pipefail", ...values.slice(command)];
}

export default createRule("require-pipefail", {
  meta: {
    type: "problem",
    docs: {
      description: "Require `pipefail` for RUN with a pipe, so a failing command before `|` fails the build",
      config: "recommended",
    },
    languages: ["dockerfile"],
    hasSuggestions: true,
    schema: [],
    messages: {
      missing:
        "Without pipefail, this pipe hides a failure of the command before `|` (the RUN succeeds if the last command does); set `SHELL [\"{{shell}}\", \"-o\", \"pipefail\", \"-c\"]`, or start this RUN with `set -o pipefail &&` if its shell is bash or ash.",
      insertShell: "Insert `{{instruction}}` before this RUN (the rest of the stage then runs with pipefail).",
    },
  },
  create(context: RuleContext) {
    const text = context.sourceCode.text;
    return {
      DockerfileRun(run: DockerfileRun) {
        const script = run.command?.type === "DockerfileShellForm" ? run.command.script : null;
        if (!script || looksLikeWindowsStage(run)) return;
        const pipeline = findNodes(script, (node: Node): node is ShellPipeline => node.type === "ShellPipeline").find((candidate) => !insideInlineScript(candidate) && mattersWithoutPipefail(candidate, text));
        if (!pipeline) return;
        // The stage's SHELL (inherited through FROM <stage>) and `set -o pipefail` earlier in the RUN.
        const { options, stage: state } = shellStateBefore(pipeline);
        if (options.has("pipefail")) return;
        const bar = pipeBar(pipeline, text);
        const shell = suggestedShell(state.shell, state.baseImage);
        const instruction = `SHELL ${execFormText(suggestedArguments(state.shell, shell))}`;
        const outer = run.parent?.type === "DockerfileOnbuild" ? run.parent : run;
        const lineStart = text.lastIndexOf("\n", outer.range[0] - 1) + 1;
        const indent = text.slice(lineStart, outer.range[0]);
        const lineBreak = text.includes("\r\n") ? "\r\n" : "\n";
        context.report({
          loc: bar,
          messageId: "missing",
          data: { shell },
          suggest: [
            {
              messageId: "insertShell",
              data: { instruction },
              fix: (fixer) => fixer.insertTextBeforeRange(outer.range, `${instruction}${lineBreak}${indent}`),
            },
          ],
        });
      },
    };
  },
});

/** The location of the first `|` (or `|&`) of a pipeline. */
function pipeBar(pipeline: ShellPipeline, text: string) {
  const [first, second] = pipeline.commands;
  const offset = text.indexOf("|", first.range[1]);
  const at = offset === -1 || offset >= second.range[0] ? first.range[1] : offset;
  const width = text[at + 1] === "&" ? 2 : 1;
  return { start: positionAt(text, at), end: positionAt(text, at + width) };
}
