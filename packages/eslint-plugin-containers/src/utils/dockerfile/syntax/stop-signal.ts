import type { DockerfileInstruction } from "dockerfile-eslint-parser";
import { closestName } from "../../closest-name.js";
import { didYouMean, type SyntaxProblem } from "./problem.js";

/** The Linux signal names of moby/sys/signal, without `SIG` (BuildKit's frontend runs on Linux). */
const SIGNALS = [
  "ABRT", "ALRM", "BUS", "CHLD", "CLD", "CONT", "FPE", "HUP", "ILL", "INT", "IO", "IOT", "KILL", "PIPE", "POLL", "PROF", "PWR",
  "QUIT", "SEGV", "STKFLT", "STOP", "SYS", "TERM", "TRAP", "TSTP", "TTIN", "TTOU", "URG", "USR1", "USR2", "VTALRM", "WINCH",
  "XCPU", "XFSZ",
];
const REALTIME = /^RTM(?:IN(?:\+(?:[1-9]|1[0-5]))?|AX(?:-(?:[1-9]|1[0-4]))?)$/u;

/**
 * `STOPSIGNAL` with a name `signal.ParseSignal` does not know (`SIGTERN`, `TERMINATE`) or `0`:
 * Docker fails the build. Names are case-insensitive, with or without `SIG`; numbers are fine.
 */
export function checkStopSignal(instruction: DockerfileInstruction): SyntaxProblem[] {
  if (instruction.type !== "DockerfileStopsignal" || instruction.arguments.length !== 1) return [];
  const [argument] = instruction.arguments;
  const value = argument.value;
  // `strconv.Atoi`: any non-zero number passes.
  if (value.includes("$") || (/^[+-]?\d+$/u.test(value) && Number(value) !== 0)) return [];
  const name = value.toUpperCase().replace(/^SIG/u, "");
  if (SIGNALS.includes(name) || REALTIME.test(name)) return [];
  const closest = closestName(name, SIGNALS);
  return [{
    messageId: "invalidSignal",
    data: { value: argument.raw, suggestion: didYouMean(closest, "SIG") },
    range: argument.range,
  }];
}
