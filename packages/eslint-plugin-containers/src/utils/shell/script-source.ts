import type { CommandWord, Invocation } from "./commands.js";

/** Shells, by base name. */
const SHELLS = /^(sh|bash|dash|ash|zsh|ksh|mksh)$/u;
/** Interpreters that also run a script from stdin when given none. */
const INTERPRETERS = /^(python[\d.]*|perl|ruby|node|php)$/u;

/**
 * Where a shell or interpreter invocation takes its script from: `string` for `sh -c '…'`
 * (`python -c`, `perl -e`, `node -e`), `stdin` for `sh`, `sh -s -- args`, `bash -`,
 * `bash /dev/stdin`, `python3 -`, `file` for `sh ./install.sh`; null when the program is not a
 * shell or interpreter. The command-line model (tools.ts) declares package and download tools;
 * this reads the one thing rules ask of shells: what they run.
 */
export function scriptSource(invocation: Invocation): "string" | "stdin" | "file" | null {
  const shell = SHELLS.test(invocation.program);
  if (!shell && !INTERPRETERS.test(invocation.program)) return null;
  const args = invocation.args;
  for (let index = 0; index < args.length; index++) {
    const value = args[index].value;
    if (value === null) return "file";
    if (value === "--") return args[index + 1] === undefined || args[index + 1].value === "-" ? "stdin" : "file";
    if (value === "-" || value === "/dev/stdin") return "stdin";
    if (/^[-+][a-zA-Z]+$/u.test(value)) {
      const letters = value.slice(1);
      if (/[ce]/u.test(shell ? letters.replace(/e/gu, "") : letters) || (!shell && /m/u.test(letters))) return "string";
      if (shell && letters.includes("s")) return "stdin";
      // `-o pipefail`, `-O extglob`: the option's value is the next word.
      if (shell && /[oO]$/u.test(letters)) index++;
      continue;
    }
    if (value.startsWith("--")) continue;
    return "file";
  }
  return "stdin";
}

/**
 * The word that holds the script of `sh -c '…'` (any shell, behind wrappers: `sudo bash -ec "…"`)
 * or `su app -c '…'`, or null. The parser parses such a script into the word's `body`, like a
 * `$(...)`; this tells the two apart, even when the script holds expansions.
 */
export function inlineScriptWord(invocation: Invocation): CommandWord | null {
  const args = invocation.args;
  if (invocation.program === "su") {
    const index = args.findIndex((word) => word.value === "-c" || word.value === "--command");
    return index === -1 ? null : (args[index + 1] ?? null);
  }
  if (!SHELLS.test(invocation.program)) return null;
  for (let index = 0; index < args.length; index++) {
    const value = args[index].value;
    if (value === null || !/^[-+][a-zA-Z]+$/u.test(value)) return null;
    if (value.includes("c")) return args[index + 1] ?? null;
    if (/[oO]$/u.test(value)) index++;
  }
  return null;
}
