import { expandVariables } from "../dockerfile/variables.js";
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

/** A Compose string with its literal interpolation defaults applied. */
export interface InterpolatedDefaults {
  value: string;
  /** Some variable has no default (`${TAG}`, `$TAG`): its value comes from the environment. */
  unresolved: boolean;
  /** The variables whose values came from `variables` (the project's `.env`), in order of use. */
  fromVariables: string[];
}

/**
 * What a Compose string becomes when the environment sets no variable: a variable takes its value
 * from `variables` (the project's `.env` file, see `dotenv.ts`) if given there, else
 * `${TAG:-1.0}` and `${TAG-1.0}` give their default; `$$` is a literal `$`. A variable with
 * neither leaves the result unresolved, since its value is only known when Compose runs. The
 * syntax is Docker's (`expandVariables`).
 */
export function interpolateDefaults(text: string, variables?: ReadonlyMap<string, string>): InterpolatedDefaults {
  const DOLLAR = "\u0000";
  const fromVariables: string[] = [];
  const lookup = (name: string) => {
    const value = variables?.get(name);
    if (value !== undefined && !fromVariables.includes(name)) fromVariables.push(name);
    return value;
  };
  // Neither `\` nor `$` escapes a `$` the Docker way here; `$$` is Compose's escape.
  const expansion = expandVariables(text.replaceAll("$$", DOLLAR), lookup, "\u0001");
  return { value: expansion.value.replaceAll(DOLLAR, "$"), unresolved: expansion.unresolved.length > 0, fromVariables };
}
