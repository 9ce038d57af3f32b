// Writes the mapping tables of the migration guides from the plugin's mapping module
// (packages/eslint-plugin-containers/src/migration/mapping.ts):
//   node --import tsx scripts/generate-migration-docs.ts
// A test (tests/migration/mapping.test.ts) fails when the docs are stale.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { fillGeneratedTables } from "../packages/eslint-plugin-containers/src/migration/markdown.js";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
for (const doc of ["docs/migrate-from-hadolint.md", "docs/migrate-from-dclint.md", "docs/migrate-from-kubernetes-linters.md"]) {
  const file = path.join(root, doc);
  const before = readFileSync(file, "utf8");
  const after = fillGeneratedTables(before);
  if (after !== before) writeFileSync(file, after);
  console.log(`${doc}: ${after === before ? "up to date" : "updated"}`);
}
