/**
 * Compiling the Compose schema with ajv (see `schema.ts`): for the script that generates
 * `schemas/compose-spec.validate.cjs`, for its test, and for tests of other schema versions.
 * Rules never import this module, so linting does not load ajv's compiler.
 */
import { _, Ajv, type AnySchemaObject, type KeywordCxt, type ValidateFunction } from "ajv";
import { Ajv2019 } from "ajv/dist/2019.js";
import { Ajv2020 } from "ajv/dist/2020.js";
import standaloneCode from "ajv/dist/standalone/index.js";
import { usePattern } from "ajv/dist/vocabularies/code.js";
import { INTERPOLATION_PATTERN } from "./interpolation.js";
import { INTERPOLATED_KEYWORD } from "./schema.js";

export { GENERATED_VALIDATOR_URL, SCHEMA_URL } from "./schema.js";

/** Compiles a Compose schema (the vendored one, or another version in tests) for our use. */
export function compileComposeSchema(schema: AnySchemaObject): ValidateFunction {
  return createComposeAjv(schema, false).validate;
}

/** The standalone CommonJS module of a Compose schema's validator (what the generated file holds). */
export function composeValidatorSource(schema: AnySchemaObject): string {
  const { ajv, validate } = createComposeAjv(schema, true);
  return standaloneCode.default(ajv, validate);
}

function createComposeAjv(schema: AnySchemaObject, source: boolean) {
  const draft = String(schema.$schema ?? "");
  const AjvClass = draft.includes("2020-12") ? Ajv2020 : draft.includes("2019-09") ? Ajv2019 : Ajv;
  const ajv = new AjvClass({
    allErrors: true,
    // Each definition (`service`, `network`...) as a function of its own instead of copied into
    // every place that refers to it: the generated validator is 20% smaller, and the first
    // Compose file of a process compiles only the definitions it uses (~5 ms less start-up).
    inlineRefs: false,
    // parentSchema in errors: the allowed keys of a mapping, for "did you mean".
    verbose: true,
    // The schema is not ours: unknown keywords and formats (`format: expose` in older
    // versions), its `$schema` spelling and old draft-04 `id` keys must not stop it compiling.
    strict: false,
    validateSchema: false,
    validateFormats: false,
    logger: false,
    code: { source, lines: source },
  });
  ajv.removeKeyword("id");
  ajv.addKeyword({
    keyword: INTERPOLATED_KEYWORD,
    type: "string",
    schemaType: "boolean",
    // Generated code, not a function: the standalone module must not need our sources.
    code(cxt: KeywordCxt) {
      if (cxt.schema !== true) return;
      const interpolation = usePattern(cxt, INTERPOLATION_PATTERN);
      cxt.fail(_`!${interpolation}.test(${cxt.data}.replaceAll("$$", ""))`);
    },
  });
  return { ajv, validate: ajv.compile(acceptInterpolation(schema) as AnySchemaObject) };
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
