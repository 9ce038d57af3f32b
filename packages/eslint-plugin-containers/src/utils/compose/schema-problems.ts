/**
 * Turns ajv's errors for a Compose file into one clear problem per node.
 *
 * With `allErrors`, a value that fails a `oneOf`/`anyOf` yields an error for every branch it
 * failed plus one for the combinator, at that node and at its ancestors (`networks` is a list
 * *or* a mapping of network settings *or* null...). The branches a value could not take fail on
 * `type` at the value itself; the branch it took fails deeper down or with another keyword. So:
 *
 * - a `type` error at a node is dropped when any other error sits at that node or below it
 *   (the value took another branch, and that branch's errors say what is wrong); the `type`
 *   errors that remain at a node are merged ("must be a number, a string or a mapping");
 * - a `oneOf`/`anyOf` error is dropped when any other error sits at that node or below it;
 * - the interpolation branch that `compileComposeSchema` adds never explains anything.
 */
import type { ErrorObject } from "ajv";
import { closestName } from "../closest-name.js";
import type { ComposeValue } from "./data.js";
import { INTERPOLATED_KEYWORD } from "./schema.js";

export type SchemaProblem =
  /** The value has the wrong type: `expected` lists the allowed types in words. */
  | { kind: "type"; path: string[]; expected: string; empty: boolean }
  /** A mapping has a key the schema does not allow; report at the key. */
  | { kind: "unknownKey"; path: string[]; key: string; suggestion: string | null; allowed: string[]; extensions: boolean }
  /** A key does not match the names allowed at that place (`services: {"my web": ...}`). */
  | { kind: "invalidName"; path: string[]; key: string; pattern: string }
  | { kind: "required"; path: string[]; key: string }
  | { kind: "enum"; path: string[]; allowed: string[] }
  /** Item `index` of the list at `path` repeats item `first`. */
  | { kind: "duplicate"; path: string[]; index: number; first: number }
  /** Any other constraint, with ajv's own wording (`must be >= 0`, `must match pattern ...`). */
  | { kind: "constraint"; path: string[]; detail: string }
  /** The value matches none of the forms, for no reason more precise than that. */
  | { kind: "noForm"; path: string[]; several: boolean };

interface ParsedError {
  error: ErrorObject;
  path: string[];
}

const COMBINATORS = new Set(["oneOf", "anyOf"]);

export function explainSchemaErrors(errors: readonly ErrorObject[]): SchemaProblem[] {
  const parsed: ParsedError[] = errors
    .filter((error) => error.keyword !== INTERPOLATED_KEYWORD && error.parentSchema?.[INTERPOLATED_KEYWORD] !== true)
    .map((error) => ({ error, path: parsePointer(error.instancePath) }));

  const substantive = parsed.filter(({ error }) => error.keyword !== "type" && !COMBINATORS.has(error.keyword));
  const types = parsed.filter(({ error }) => error.keyword === "type");

  const problems: SchemaProblem[] = [];
  const seen = new Set<string>();
  const add = (problem: SchemaProblem) => {
    const key = JSON.stringify(problem);
    if (!seen.has(key)) {
      seen.add(key);
      problems.push(problem);
    }
  };

  // Types: merged per node, kept only where nothing else explains the node.
  const typesByNode = new Map<string, { path: string[]; types: Set<string>; empty: boolean }>();
  for (const { error, path } of types) {
    const explained =
      substantive.some((other) => isWithin(other.path, path)) ||
      types.some((other) => other.path.length > path.length && isWithin(other.path, path));
    if (explained) continue;
    const key = JSON.stringify(path);
    const entry = typesByNode.get(key) ?? { path, types: new Set<string>(), empty: error.data === null };
    for (const type of ([] as unknown[]).concat(error.params.type)) entry.types.add(String(type));
    typesByNode.set(key, entry);
  }
  const typeProblems = [...typesByNode.values()].map(({ path, types, empty }) => ({ path, empty, expected: describeTypes(types) }));

  // Everything else in document order of ajv (which follows the schema), then types.
  for (const { error, path } of substantive) add(explain(error, path));
  for (const { path, expected, empty } of typeProblems) add({ kind: "type", path, expected, empty });

  // Combinators that nothing else explains.
  const kept = [...substantive.map((entry) => entry.path), ...typeProblems.map((entry) => entry.path)];
  for (const { error, path } of parsed) {
    if (!COMBINATORS.has(error.keyword)) continue;
    if (kept.some((other) => isWithin(other, path))) continue;
    add({ kind: "noForm", path, several: Array.isArray(error.params.passingSchemas) });
  }
  return problems;
}

function explain(error: ErrorObject, path: string[]): SchemaProblem {
  const { params, parentSchema } = error;
  switch (error.keyword) {
    case "additionalProperties": {
      const key = String(params.additionalProperty);
      const properties = Object.keys((parentSchema?.properties as object | undefined) ?? {});
      const patterns = Object.keys((parentSchema?.patternProperties as object | undefined) ?? {});
      const namePattern = patterns.find((pattern) => pattern !== "^x-");
      if (properties.length === 0 && namePattern) return { kind: "invalidName", path, key, pattern: namePattern };
      return {
        kind: "unknownKey",
        path,
        key,
        suggestion: closestName(key, properties),
        allowed: properties,
        extensions: patterns.includes("^x-"),
      };
    }
    case "required":
      return { kind: "required", path, key: String(params.missingProperty) };
    case "enum":
      return { kind: "enum", path, allowed: (params.allowedValues as unknown[]).map(String) };
    case "const":
      return { kind: "enum", path, allowed: [String(params.allowedValue)] };
    case "uniqueItems":
      return { kind: "duplicate", path, index: Number(params.i), first: Number(params.j) };
    default:
      return { kind: "constraint", path, detail: error.message ?? `fails "${error.keyword}"` };
  }
}

const TYPE_WORDS: Record<string, string> = {
  string: "a string",
  number: "a number",
  integer: "an integer",
  boolean: "a boolean",
  array: "a list",
  object: "a mapping",
  null: "empty",
};

/** `a number, a string or a mapping`, in a fixed order; `integer` is dropped next to `number`. */
function describeTypes(types: Set<string>): string {
  const order = ["string", "number", "integer", "boolean", "array", "object", "null"];
  const words = order
    .filter((type) => types.has(type) && !(type === "integer" && types.has("number")))
    .map((type) => TYPE_WORDS[type]);
  for (const type of types) if (!order.includes(type)) words.push(type);
  return words.length <= 1 ? (words[0] ?? "valid") : `${words.slice(0, -1).join(", ")} or ${words[words.length - 1]}`;
}

/** `/services/web/ports/0` as segments; `~1` and `~0` unescaped. */
export function parsePointer(pointer: string): string[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((segment) => segment.replaceAll("~1", "/").replaceAll("~0", "~"));
}

/** Whether `path` is `ancestor` or below it. */
function isWithin(path: readonly string[], ancestor: readonly string[]): boolean {
  return path.length >= ancestor.length && ancestor.every((segment, index) => path[index] === segment);
}

/**
 * A data path as a person reads it: `services.web.ports[0]`, `services["my.app"]`. Sequence
 * indexes are told from keys by the data they index.
 */
export function formatDataPath(path: readonly string[], data: ComposeValue): string {
  let out = "";
  let current: ComposeValue | undefined = data;
  for (const segment of path) {
    if (Array.isArray(current)) {
      out += `[${segment}]`;
      current = current[Number(segment)];
      continue;
    }
    out += /^[\w-]+$/u.test(segment) ? `${out ? "." : ""}${segment}` : `[${JSON.stringify(segment)}]`;
    current = current !== null && typeof current === "object" ? current[segment] : undefined;
  }
  return out;
}
