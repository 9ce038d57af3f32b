/**
 * The official Compose Specification JSON schema (vendored in `schemas/compose-spec.json`, see
 * `schemas/compose-spec.README.md` for its source commit and licence), compiled with ajv once
 * per process on first use:
 *
 *   const validate = getComposeSchemaValidator();
 *   if (!validate(data)) explainSchemaErrors(validate.errors ?? [], data);
 *
 * Compose interpolates `${VAR}` before it validates, so a value written `${CPUS}` or
 * `${N:-1}` can become a number or a boolean. The compiled schema therefore accepts a string
 * that uses interpolation wherever the official one asks for a number, an integer or a boolean,
 * or restricts a string with `enum`/`pattern`/`const`: each such subschema `S` becomes
 * `anyOf: [{type: string, <interpolated>}, S]`. The official file itself is left untouched.
 */
import { readFileSync } from "node:fs";
import { Ajv, type AnySchemaObject, type ValidateFunction } from "ajv";
import { Ajv2019 } from "ajv/dist/2019.js";
import { Ajv2020 } from "ajv/dist/2020.js";
import { usesInterpolation } from "./interpolation.js";

/** The custom keyword that marks the "a string with `${...}` is fine here" branch. */
export const INTERPOLATED_KEYWORD = "x-compose-interpolated";

const SCHEMA_URL = new URL("../../../schemas/compose-spec.json", import.meta.url);

let cached: ValidateFunction | null = null;

/** The validator for whole Compose files (plain data, see `toComposeData`); compiled once. */
export function getComposeSchemaValidator(): ValidateFunction {
  cached ??= compileComposeSchema(JSON.parse(readFileSync(SCHEMA_URL, "utf8")) as AnySchemaObject);
  return cached;
}

/** Compiles a Compose schema (the vendored one, or another version in tests) for our use. */
export function compileComposeSchema(schema: AnySchemaObject): ValidateFunction {
  const draft = String(schema.$schema ?? "");
  const AjvClass = draft.includes("2020-12") ? Ajv2020 : draft.includes("2019-09") ? Ajv2019 : Ajv;
  const ajv = new AjvClass({
    allErrors: true,
    // parentSchema in errors: the allowed keys of a mapping, for "did you mean".
    verbose: true,
    // The schema is not ours: unknown keywords and formats (`format: expose` in older
    // versions), its `$schema` spelling and old draft-04 `id` keys must not stop it compiling.
    strict: false,
    validateSchema: false,
    validateFormats: false,
    logger: false,
  });
  ajv.removeKeyword("id");
  ajv.addKeyword({
    keyword: INTERPOLATED_KEYWORD,
    type: "string",
    schemaType: "boolean",
    errors: false,
    validate: (_enabled: boolean, data: string) => usesInterpolation(data),
  });
  return ajv.compile(acceptInterpolation(schema) as AnySchemaObject);
}

/** Keywords whose value is a map of subschemas, a list of them, or one subschema. */
const SCHEMA_MAPS = new Set(["properties", "patternProperties", "definitions", "$defs", "dependentSchemas"]);
const SCHEMA_LISTS = new Set(["oneOf", "anyOf", "allOf", "prefixItems"]);
const SCHEMA_SINGLES = new Set([
  "items",
  "additionalItems",
  "additionalProperties",
  "unevaluatedItems",
  "unevaluatedProperties",
  "not",
  "if",
  "then",
  "else",
  "contains",
  "propertyNames",
]);

const INTERPOLATED_TYPES = new Set(["number", "integer", "boolean"]);

/**
 * A copy of a schema in which interpolated strings pass where Compose would cast them.
 * `wrap: false` for the branches of a `oneOf`/`anyOf` that already has a branch taking any
 * string: that branch takes interpolated strings, and a second one would make `oneOf` fail
 * (`ports: ["${PORT}:80"]` must match exactly one of number, string, mapping).
 */
function acceptInterpolation(schema: unknown, wrap = true): unknown {
  if (typeof schema !== "object" || schema === null || Array.isArray(schema)) return schema;
  const copy: Record<string, unknown> = {};
  for (const [keyword, value] of Object.entries(schema)) {
    if (SCHEMA_MAPS.has(keyword) && typeof value === "object" && value !== null) {
      copy[keyword] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, acceptInterpolation(sub)]));
    } else if (SCHEMA_LISTS.has(keyword) && Array.isArray(value)) {
      const wrapBranches = !value.some(takesAnyString);
      copy[keyword] = value.map((branch) => acceptInterpolation(branch, wrapBranches));
    } else if (SCHEMA_SINGLES.has(keyword)) {
      copy[keyword] = Array.isArray(value) ? value.map((sub) => acceptInterpolation(sub)) : acceptInterpolation(value);
    } else {
      copy[keyword] = value;
    }
  }
  if (!wrap) return copy;
  const types = typesOf(copy);
  const castable = types.some((type) => INTERPOLATED_TYPES.has(type)) && !types.includes("string");
  const restrictedString = isRestricted(copy) && (types.length === 0 || types.includes("string"));
  if (!castable && !restrictedString) return copy;
  return { anyOf: [{ type: "string", [INTERPOLATED_KEYWORD]: true }, copy] };
}

function typesOf(schema: Record<string, unknown>): string[] {
  return schema.type === undefined ? [] : ([] as unknown[]).concat(schema.type).map(String);
}

function isRestricted(schema: Record<string, unknown>): boolean {
  return "enum" in schema || "pattern" in schema || "const" in schema;
}

/** A subschema that accepts every string by its own keywords (`{type: "string"}`, `{type: [number, string]}`). */
function takesAnyString(schema: unknown): boolean {
  if (typeof schema !== "object" || schema === null || Array.isArray(schema)) return false;
  const record = schema as Record<string, unknown>;
  return typesOf(record).includes("string") && !isRestricted(record) && !("$ref" in record);
}
