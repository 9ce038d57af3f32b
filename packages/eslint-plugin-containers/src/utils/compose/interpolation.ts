import type { ValueNode } from "./resolve.js";
import { getScalarValue } from "./scalar.js";

/**
 * Whether a string uses Compose variable interpolation (`${VAR}`, `${VAR:-default}`, `$VAR`).
 * `$$` is Compose's escape for a literal `$`, so `$$HOME` is not interpolation.
 */
export function usesInterpolation(text: string): boolean {
  return INTERPOLATION.test(text.replaceAll("$$", ""));
}

/** The start of an interpolation, once `$$` escapes are removed (the compiled schema tests it too). */
export const INTERPOLATION_PATTERN = "\\$[{A-Za-z_]";
const INTERPOLATION = new RegExp(INTERPOLATION_PATTERN, "u");

/** Whether a scalar node (aliases followed) is a string that uses interpolation. */
export function scalarUsesInterpolation(node: ValueNode): boolean {
  const value = getScalarValue(node);
  return typeof value === "string" && usesInterpolation(value);
}
