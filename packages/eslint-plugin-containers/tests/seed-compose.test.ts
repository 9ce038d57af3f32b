/**
 * The seed practice document's own Compose example, linted with `configs.recommended` next to
 * the seed's Dockerfile (which it builds with `target: runtime`): the plugin must report exactly
 * what the example gets wrong, and nothing it does right. The examples are read from the seed
 * file at test time, never copied.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO_ROOT } from "./helpers/corpus.js";
import { ESLINT_VERSIONS } from "./helpers/eslint-versions.js";
import { plugin } from "./helpers/plugin.js";
import { createTempProject, type TempProject } from "./helpers/temp-project.js";

const SEED = readFileSync(path.resolve(REPO_ROOT, "../shared/seed/000_8e0c22bbbcf8dbac.txt"), "utf8");

/** The first fenced block of `fence` after the heading that starts with `heading`. */
function seedBlock(heading: string, fence: string): string {
  const start = SEED.indexOf(`\n${heading}`);
  if (start === -1) throw new Error(`no "${heading}" section in the seed`);
  const match = new RegExp(`\`\`\`${fence}\\n([\\s\\S]*?)\`\`\``, "u").exec(SEED.slice(start));
  if (!match) throw new Error(`no ${fence} block under "${heading}"`);
  return match[1];
}

const COMPOSE = seedBlock("## docker-compose", "yaml");
const DOCKERFILE = seedBlock("## Dockerfile", "dockerfile");

/**
 * What the example gets wrong, rule by rule (ruleId and line). Everything else in it is
 * right for the recommended rules, notably: db and redis, which api waits for with
 * `service_healthy`, have healthchecks (require-healthcheck, compose-depends-on-healthy);
 * the `runtime` target is a stage of the Dockerfile (compose-build-target-exists); ports are
 * quoted (compose-quoted-ports); images are tagged (no-latest-tag).
 */
const EXPECTED = [
  // `version: "3.9"` is obsolete.
  { ruleId: "containers/compose-no-version", line: 1 },
];

describe.each(ESLINT_VERSIONS)("the seed's Compose example on ESLint $version", ({ ESLint }) => {
  let project: TempProject;
  beforeAll(() => {
    project = createTempProject({ "compose.yaml": COMPOSE, Dockerfile: DOCKERFILE });
  });
  afterAll(() => project.remove());

  it("is read from the seed: the compose example builds target runtime, the Dockerfile has that stage", () => {
    expect(COMPOSE).toMatch(/^version: /u);
    expect(COMPOSE).toContain("target: runtime");
    expect(DOCKERFILE).toMatch(/^FROM .* AS runtime$/mu);
  });

  it("gets exactly the expected reports from configs.recommended", async () => {
    const messages = await project.lint(ESLint, "compose.yaml", plugin.configs.recommended);
    expect(messages.filter((m) => m.fatal)).toEqual([]);
    expect(messages.map(({ ruleId, line }) => ({ ruleId, line }))).toEqual(EXPECTED);
  });

  it("really checks the build target against the seed's Dockerfile (a wrong target is reported)", async () => {
    const broken = createTempProject({ "compose.yaml": COMPOSE.replace("target: runtime", "target: runtme"), Dockerfile: DOCKERFILE });
    try {
      const messages = await broken.lint(ESLint, "compose.yaml", plugin.configs.recommended);
      expect(messages.map(({ ruleId, line }) => ({ ruleId, line }))).toEqual([
        ...EXPECTED,
        { ruleId: "containers/compose-build-target-exists", line: COMPOSE.split("\n").findIndex((l) => l.includes("target:")) + 1 },
      ]);
    } finally {
      broken.remove();
    }
  });

  it("really checks the healthchecks (without db's healthcheck, api's service_healthy condition is reported)", async () => {
    const withoutHealthcheck = COMPOSE.replace(/ {4}healthcheck:\n {6}test: \["CMD-SHELL".*\n(?: {6}.*\n)*/u, "");
    expect(withoutHealthcheck).not.toEqual(COMPOSE);
    const broken = createTempProject({ "compose.yaml": withoutHealthcheck, Dockerfile: DOCKERFILE });
    try {
      const messages = await broken.lint(ESLint, "compose.yaml", plugin.configs.recommended);
      expect(messages.map(({ ruleId, line }) => ({ ruleId, line }))).toEqual([
        ...EXPECTED,
        { ruleId: "containers/require-healthcheck", line: withoutHealthcheck.split("\n").findIndex((l) => l.includes("db: {")) + 1 },
      ]);
    } finally {
      broken.remove();
    }
  });
});
