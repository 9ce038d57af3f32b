/**
 * The official Compose Specification JSON schema (vendored in `schemas/compose-spec.json`, see
 * `schemas/compose-spec.README.md` for its source commit and licence), as a validator:
 *
 *   const validate = getComposeSchemaValidator();
 *   if (!validate(data)) explainSchemaErrors(validate.errors ?? [], data);
 *
 * Compiling the schema with ajv took about half a second, on the first Compose file of every
 * process. So the validator is compiled at build time, with ajv's standalone code generation,
 * into `schemas/compose-spec.validate.cjs` (checked in; `node scripts/generate-compose-validator.mjs`
 * regenerates it, and a test checks it matches the vendored schema), and only loaded on first use.
 * ajv itself is not loaded at run time: compiling (`schema-compile.ts`) is for that script and tests.
 *
 * Compose interpolates `${VAR}` before it validates, so a value written `${CPUS}` or
 * `${N:-1}` can become a number or a boolean. The compiled schema therefore accepts a string
 * that uses interpolation wherever the official one asks for a number, an integer or a boolean,
 * or restricts a string with `enum`/`pattern`/`const`: each such subschema `S` becomes
 * `anyOf: [{type: string, <interpolated>}, S]`. The official file itself is left untouched.
 */
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { ValidateFunction } from "ajv";

/** The custom keyword that marks the "a string with `${...}` is fine here" branch. */
export const INTERPOLATED_KEYWORD = "x-compose-interpolated";

const require = createRequire(import.meta.url);

/**
 * The vendored schema and its generated validator, in the package's `schemas/` folder: found from
 * the package root, as this module runs from `src/`, from `dist/` and bundled in `dist/`.
 */
const PACKAGE_ROOT = pathToFileURL(require.resolve("eslint-plugin-containers/package.json"));
export const SCHEMA_URL = new URL("schemas/compose-spec.json", PACKAGE_ROOT);
export const GENERATED_VALIDATOR_URL = new URL("schemas/compose-spec.validate.cjs", PACKAGE_ROOT);

let cached: ValidateFunction | null = null;

/** The validator for whole Compose files (plain data, see `toComposeData`), loaded once. */
export function getComposeSchemaValidator(): ValidateFunction {
  cached ??= require(fileURLToPath(GENERATED_VALIDATOR_URL)) as ValidateFunction;
  return cached;
}
