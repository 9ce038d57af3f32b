#!/usr/bin/env node
// Generates packages/eslint-plugin-containers/schemas/compose-spec.validate.cjs, the Compose
// schema validator compiled ahead of time with ajv's standalone code generation, from the
// vendored schemas/compose-spec.json (see src/utils/compose/schema.ts for why).
//
//   npm run schema:generate        # builds, then runs this script
//
// Run it after scripts/refresh-compose-schema.mjs or any change to how the schema is compiled;
// tests/utils/compose-schema-generated.test.ts fails until the checked-in file matches.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const { composeValidatorSource, GENERATED_VALIDATOR_URL, SCHEMA_URL } = await import(
  "../packages/eslint-plugin-containers/dist/utils/compose/schema-compile.js"
);
const source = composeValidatorSource(JSON.parse(readFileSync(SCHEMA_URL, "utf8")));
writeFileSync(fileURLToPath(GENERATED_VALIDATOR_URL), source);
console.log(`wrote ${fileURLToPath(GENERATED_VALIDATOR_URL)} (${(source.length / 1024).toFixed(0)} KB)`);
