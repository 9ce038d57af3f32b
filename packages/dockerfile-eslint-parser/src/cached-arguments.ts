import { Instruction, type Argument } from "dockerfile-ast";

/**
 * dockerfile-ast rescans an instruction's text on every `getRawArguments()` call, and its other
 * accessors (`getArguments`, `getFlags`, `getHeredocs`, `getArgumentsRange`, `getProperties`...)
 * call it again each time: converting one instruction rescanned it a dozen times, the largest
 * cost of our parse. The document is never edited after parsing, so the first scan is kept on
 * the instance. Callers get a copy: `ModifiableInstruction.getArguments` shifts the flags off
 * the array it receives. One shared function, not a closure per instruction.
 */
// No instruction class overrides it (dockerfile-ast 0.7).
const scanArguments = (Instruction.prototype as unknown as { getRawArguments(this: Instruction): Argument[] }).getRawArguments;
const SCANNED = Symbol("scanned arguments");

type Cached = Instruction & { [SCANNED]?: Argument[] };

function cachedRawArguments(this: Cached): Argument[] {
  return (this[SCANNED] ??= scanArguments.call(this)).slice();
}

export function cacheRawArguments(instruction: Instruction): void {
  if (Object.hasOwn(instruction, "getRawArguments")) return;
  // Private in dockerfile-ast's typings; it is a plain method at run time.
  Object.defineProperty(instruction, "getRawArguments", { value: cachedRawArguments, configurable: true });
}
