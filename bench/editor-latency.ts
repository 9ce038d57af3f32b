// Editor latency (issue 10): `lintText` of examples/Dockerfile and examples/compose.yaml with
// `strict`, warm, as an editor integration calls it on every keystroke. Prints the median (and
// p10/p90) of 400 calls after 100 warm-up calls, wall clock and CPU time of the process.
//   npx tsx bench/editor-latency.ts
// Runs on the TypeScript sources, like scripts/corpus-findings.ts. A busy machine inflates the wall times;
// the CPU times vary less.
import { readFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { ESLint } from "eslint";
import { shellParserReady } from "../packages/dockerfile-eslint-parser/src/index.js";
import plugin from "../packages/eslint-plugin-containers/src/index.js";

// The shell parser finishes loading a few microtasks after import; lint after it.
await shellParserReady;
const root = path.resolve(import.meta.dirname, "..");

const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: plugin.configs.strict });
const CALLS = 400;
const WARM_UP = 100;

for (const name of ["Dockerfile", "compose.yaml"]) {
  const filePath = path.join(root, "examples", name);
  const text = readFileSync(filePath, "utf8");
  for (let i = 0; i < WARM_UP; i++) await eslint.lintText(text, { filePath });
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < CALLS; i++) {
    const start = performance.now();
    const startCpu = process.cpuUsage();
    await eslint.lintText(text, { filePath });
    const used = process.cpuUsage(startCpu);
    cpu.push((used.user + used.system) / 1000);
    wall.push(performance.now() - start);
  }
  const at = (values: number[], share: number) => values.sort((a, b) => a - b)[Math.floor(values.length * share)].toFixed(2);
  console.log(`${name}: median ${at(wall, 0.5)} ms (p10 ${at(wall, 0.1)}, p90 ${at(wall, 0.9)}), CPU median ${at(cpu, 0.5)} ms`);
}
