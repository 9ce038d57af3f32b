// `pnpm demo`: runs the real ESLint CLI with the shared config on examples/, as a user would.
// examples/bad/ holds deliberate problems, so ESLint exits 1 and we exit 0: findings are the
// point of the demo. Exit code 2 (a crash or a broken config) still fails.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const require = createRequire(import.meta.url);
const eslintBin = path.join(path.dirname(require.resolve("eslint/package.json")), "bin", "eslint.js");

const args = [eslintBin, "--config", "examples/eslint.config.js", "examples"];
console.log(`$ eslint ${args.slice(1).join(" ")}`);
const result = spawnSync(process.execPath, args, { cwd: root, stdio: "inherit" });

if (result.error) throw result.error;
if (result.status === 0) {
  console.error("demo: expected findings in examples/bad/, but ESLint reported none");
  process.exit(1);
}
if (result.status !== 1) process.exit(result.status ?? 1);
console.log("demo: these are the deliberate problems of examples/bad/; pnpm lint keeps the rest of examples/ clean.");
