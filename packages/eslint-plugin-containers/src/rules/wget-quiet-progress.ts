import { createRule, type RuleContext } from "../utils/create-rule.js";
import { isBusyboxBased } from "../utils/dockerfile/busybox-base.js";
import { stateBefore } from "../utils/dockerfile/stage-state.js";
import { looksLikeWindowsStage } from "../utils/dockerfile/windows-guess.js";
import type { CommandWord } from "../utils/shell/commands.js";
import { type CommandLine, commandLinesIn, hasOption, insertAfter, onRunCommandLines } from "../utils/shell/command-line.js";

/**
 * busybox `wget`, the one of Alpine and busybox images until the stage installs GNU wget: it
 * draws one self-updating progress line, not a flood, and ignores `-nv`.
 */
function isBusyboxWget(line: CommandLine): boolean {
  const state = stateBefore(line.node);
  if (!isBusyboxBased(state.baseImage)) return false;
  const installsWget = state.stages.some((stage) =>
    stage.body.some((instruction) =>
      commandLinesIn(instruction).some(
        (other) =>
          other.tool === "apk" &&
          other.action === "add" &&
          other.node.range[1] <= line.node.range[0] &&
          other.operands.some((word) => /^wget($|[=<>~])/u.test(word.value ?? "")),
      ),
    ),
  );
  return !installsWget;
}

/** A signature, checksum or key file (`x.tar.xz.asc`, `SHA256SUMS`, `KEYS`): a few hundred bytes, no flood. */
const TINY_FILE = /(?:\.(?:asc|sig|sign|gpg|pub|md5|sha1|sha256|sha512)|SHA256SUMS|KEYS)["']?$/iu;

/** Whether the file wget saves (`-O`), or else every URL it fetches, is a signature, checksum or key. */
function fetchesOnlyTinyFiles(line: CommandLine, source: string): boolean {
  const text = (word: CommandWord) => source.slice(word.range[0], word.range[1]);
  const output = line.options.find((option) => option.name === "-O" || option.name === "--output-document");
  const names = output?.valueWord ? [output.valueWord] : line.operands;
  return names.length > 0 && names.every((word) => TINY_FILE.test(text(word)));
}

/** Options that quiet the progress display, or send the whole log to a file. */
const QUIET = ["-q", "--quiet", "--no-verbose", "--progress", "-o", "--output-file", "-a", "--append-output"];

export default createRule("wget-quiet-progress", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Require `wget` to print less than its default progress bar (`-nv`, `-q` or `--progress=`) in RUN",
      config: "strict",
    },
    languages: ["dockerfile"],
    fixable: "code",
    schema: [],
    messages: {
      noisy: "`wget` prints a progress line every few kilobytes, which floods the build log; add `-nv` (one line per file, errors still shown).",
    },
  },
  create(context: RuleContext) {
    return onRunCommandLines((line) => {
      if (line.tool !== "wget" || hasOption(line, ...QUIET) || looksLikeWindowsStage(line.node) || isBusyboxWget(line)) return;
      if (fetchesOnlyTinyFiles(line, context.sourceCode.text)) return;
      // `-nv` is one option to wget, two letters to the model (`-n` takes the rest of the word).
      if (line.options.some((option) => option.name === "-n" && /^-n[a-z]*v/u.test(option.word.value ?? ""))) return;
      context.report({
        node: line.programWord,
        messageId: "noisy",
        fix: (fixer) => insertAfter(fixer, line.programWord, "-nv"),
      });
    });
  },
});
