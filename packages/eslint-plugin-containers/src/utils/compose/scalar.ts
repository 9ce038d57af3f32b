import { resolveNode, type ValueNode } from "./resolve.js";

export type ScalarValue = string | number | boolean | null;

/**
 * The static value of a scalar (following aliases), or undefined when the node is not a
 * scalar (a mapping, a sequence, nothing). `null` is YAML's null (`~`, `null`, empty).
 */
export function getScalarValue(node: ValueNode): ScalarValue | undefined {
  const resolved = resolveNode(node);
  return resolved?.type === "YAMLScalar" ? resolved.value : undefined;
}

/** The scalar's value as Compose reads it as a string (`8080` and `"8080"` alike), else undefined. */
export function getScalarString(node: ValueNode): string | undefined {
  const value = getScalarValue(node);
  return value === undefined || value === null ? undefined : String(value);
}

const COMPOSE_TRUE = new Set(["y", "yes", "true", "on"]);
const COMPOSE_FALSE = new Set(["n", "no", "false", "off"]);

/**
 * A boolean as Compose reads it: YAML `true`/`false`, and the strings compose-go casts
 * (`yes`/`no`, `on`/`off`, `y`/`n`, any case). Undefined when it is neither (for example an
 * interpolated `${PRIVILEGED}`, whose value is unknown until run time).
 */
export function getComposeBoolean(node: ValueNode): boolean | undefined {
  const value = getScalarValue(node);
  if (typeof value === "boolean") return value;
  if (typeof value !== "string") return undefined;
  const lower = value.toLowerCase();
  if (COMPOSE_TRUE.has(lower)) return true;
  if (COMPOSE_FALSE.has(lower)) return false;
  return undefined;
}
