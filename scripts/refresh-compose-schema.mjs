#!/usr/bin/env node
// Refreshes packages/eslint-plugin-containers/schemas/compose-spec.json, the official Compose
// Specification JSON schema that `containers/compose-valid-schema` validates against, and the
// provenance table in schemas/compose-spec.README.md (commit, SHA-256).
//
//   node scripts/refresh-compose-schema.mjs                  # newest commit of the default branch
//   node scripts/refresh-compose-schema.mjs --ref <sha|branch|tag>
//   node scripts/refresh-compose-schema.mjs --file <path> --commit <sha>   # offline: a local copy
//
// The file is written byte for byte as the compose-spec repository has it (Apache-2.0; the
// licence text sits next to it in compose-spec.LICENSE). The script refuses a download that
// is not a JSON schema of the expected shape or that ajv cannot compile, so a bad download
// never replaces the vendored copy. Afterwards run `npm run schema:generate` (the precompiled
// validator, schemas/compose-spec.validate.cjs), then the compose-valid-schema tests and the
// corpus sweep: a new schema can accept or reject keys that the old one did not.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const REPOSITORY = "compose-spec/compose-spec";
const SCHEMA_PATH = "schema/compose-spec.json";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const packageDir = path.join(root, "packages", "eslint-plugin-containers");
const schemaFile = path.join(packageDir, "schemas", "compose-spec.json");
const readmeFile = path.join(packageDir, "schemas", "compose-spec.README.md");
// ajv is a dependency of the plugin, not of the workspace root: resolve it from there.
const requireFromPlugin = createRequire(path.join(packageDir, "package.json"));

const { values: options } = parseArgs({
  options: {
    ref: { type: "string" },
    file: { type: "string" },
    commit: { type: "string" },
    help: { type: "boolean", short: "h" },
  },
});

if (options.help) {
  console.log(readFileSync(fileURLToPath(import.meta.url), "utf8").split("\n").slice(1, 13).join("\n"));
  process.exit(0);
}

async function fetchText(url, accept) {
  const response = await fetch(url, { headers: { accept, "user-agent": "eslint-containers refresh-compose-schema" } });
  if (!response.ok) throw new Error(`GET ${url}: HTTP ${response.status} ${response.statusText}`);
  return response.text();
}

/** The full commit SHA that a branch, tag or (short) SHA names in the compose-spec repository. */
async function resolveCommit(ref) {
  const url = `https://api.github.com/repos/${REPOSITORY}/commits/${encodeURIComponent(ref)}`;
  const sha = (await fetchText(url, "application/vnd.github.sha")).trim();
  if (!/^[0-9a-f]{40}$/u.test(sha)) throw new Error(`${url} did not answer a commit SHA: ${sha.slice(0, 80)}`);
  return sha;
}

async function load() {
  if (options.file) {
    if (!options.commit || !/^[0-9a-f]{40}$/u.test(options.commit)) {
      throw new Error("--file needs --commit <the 40-hex-digit compose-spec commit the copy comes from>");
    }
    return { text: readFileSync(options.file, "utf8"), commit: options.commit };
  }
  const commit = await resolveCommit(options.ref ?? "HEAD");
  const text = await fetchText(`https://raw.githubusercontent.com/${REPOSITORY}/${commit}/${SCHEMA_PATH}`, "application/json");
  return { text, commit };
}

/** Throws unless `text` is a Compose JSON schema that ajv compiles. */
function check(text) {
  const schema = JSON.parse(text);
  const draft = String(schema.$schema ?? "");
  if (!schema.definitions?.service?.properties || !schema.properties?.services) {
    throw new Error("the download does not look like the Compose schema (no definitions.service / properties.services)");
  }
  const ajvModule = draft.includes("2020-12") ? "ajv/dist/2020" : draft.includes("2019-09") ? "ajv/dist/2019" : "ajv";
  const imported = requireFromPlugin(ajvModule);
  const Ajv = imported.default ?? imported;
  // The same settings as the rule (src/utils/compose/schema.ts): the schema is not ours, so
  // unknown keywords and formats, its `$schema` spelling (https, no `#`) and old draft-04 `id`
  // keys must not stop it from compiling.
  const ajv = new Ajv({ allErrors: true, strict: false, validateSchema: false, validateFormats: false, logger: false });
  ajv.removeKeyword("id");
  ajv.compile(schema);
  return draft;
}

const { text, commit } = await load();
const draft = check(text);
const previous = readFileSync(schemaFile, "utf8");
writeFileSync(schemaFile, text);
const sha256 = createHash("sha256").update(text).digest("hex");

const readme = readFileSync(readmeFile, "utf8");
const updated = readme
  .replace(/^\| Commit \| `[0-9a-f]{40}` \|$/mu, `| Commit | \`${commit}\` |`)
  .replace(/^\| SHA-256 of the file \| `[0-9a-f]{64}` \|$/mu, `| SHA-256 of the file | \`${sha256}\` |`);
if (!updated.includes(commit) || !updated.includes(sha256)) {
  throw new Error(`${readmeFile}: could not update the Commit / SHA-256 rows; fix the table by hand`);
}
writeFileSync(readmeFile, updated);

console.log(`compose-spec.json: ${REPOSITORY}@${commit} (${draft || "no $schema"}), sha256 ${sha256}`);
console.log(previous === text ? "unchanged" : "updated: run the compose-valid-schema tests and the corpus sweep");
