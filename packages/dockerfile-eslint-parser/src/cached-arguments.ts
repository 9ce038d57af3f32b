import type { Argument, Instruction } from "dockerfile-ast";

/**
 * dockerfile-ast rescans an instruction's text on every `getRawArguments()` call, and its other
 * accessors (`getArguments`, `getFlags`, `getHeredocs`, `getArgumentsRange`, `getProperties`...)
 * call it again each time: converting one instruction rescanned it a dozen times, the largest
 * cost of our parse. The document is never edited after parsing, so the first scan is kept on
 * the instance. Callers get a copy: `ModifiableInstruction.getArguments` shifts the flags off
 * the array it receives.
 */
export function cacheRawArguments(instruction: Instruction): void {
  if (Object.hasOwn(instruction, "getRawArguments")) return;
  // Private in dockerfile-ast's typings; it is a plain method at run time.
  const scan = (instruction as unknown as { getRawArguments(): Argument[] }).getRawArguments.bind(instruction);
  let cached: Argument[] | undefined;
  Object.defineProperty(instruction, "getRawArguments", {
    value: (): Argument[] => (cached ??= scan()).slice(),
    configurable: true,
  });
}
