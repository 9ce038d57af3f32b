/**
 * The Compose schema validator is generated ahead of time (schemas/compose-spec.validate.cjs,
 * `npm run schema:generate`): it must be what the vendored schema compiles to today, and it
 * must judge files exactly as the schema compiled at run time does.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { AnySchemaObject } from "ajv";
import { describe, expect, it } from "vitest";
import { parseYAML } from "yaml-eslint-parser";
import { GENERATED_VALIDATOR_URL, getComposeSchemaValidator, SCHEMA_URL } from "../../src/utils/compose/schema.js";
import { compileComposeSchema, composeValidatorSource } from "../../src/utils/compose/schema-compile.js";
import { toComposeData } from "../../src/utils/compose/data.js";
import { readCorpus } from "../helpers/corpus.js";

const schema = JSON.parse(readFileSync(SCHEMA_URL, "utf8")) as AnySchemaObject;

describe("the generated Compose schema validator", () => {
  it("matches the vendored schema (run `npm run schema:generate` after changing either)", () => {
    expect(readFileSync(fileURLToPath(GENERATED_VALIDATOR_URL), "utf8")).toBe(composeValidatorSource(schema));
  });

  it("gives the same errors as the schema compiled at run time, on every corpus Compose file and a few bad ones", () => {
    const generated = getComposeSchemaValidator();
    const compiled = compileComposeSchema(schema);
    const texts = [
      ...readCorpus("compose").map((file) => file.text),
      "services:\n  web:\n    image: 1\n    ports: [{target: x}]\n    cpus: ${CPUS}\n    restart: sometimes\n",
      "services:\n  web:\n    imag: nginx\n    deploy: {replicas: ${N:-1}, resources: {limits: {cpus: '$$x'}}}\n",
    ];
    let invalid = 0;
    for (const text of texts) {
      let root;
      try {
        root = parseYAML(text).body[0]?.content ?? null;
      } catch {
        continue;
      }
      const data = toComposeData(root);
      if (!data) continue;
      const a = generated(data.value);
      const b = compiled(data.value);
      expect(a).toBe(b);
      if (!a) invalid++;
      const strip = (errors: typeof generated.errors) => JSON.stringify(errors?.map(({ parentSchema: _p, schema: _s, ...rest }) => rest));
      expect(strip(generated.errors)).toBe(strip(compiled.errors));
    }
    expect(invalid).toBeGreaterThan(2);
  });
});
