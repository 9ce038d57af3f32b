import type { Invocation } from "./commands.js";
import { subcommandOf } from "./commands.js";

/** pip under its usual names: `pip`, `pip3`, `pip3.12`. */
export function isPip(program: string): boolean {
  return /^pip[\d.]*$/u.test(program);
}

/** `pip install ...` (also via `python -m pip`, `sudo`...). */
export function isPipInstall(invocation: Invocation): boolean {
  return isPip(invocation.program) && subcommandOf(invocation)?.value === "install";
}
