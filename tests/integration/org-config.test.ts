// examples/org-config: an organisation's shareable config wrapping eslint-config-containers,
// installed (linked) into a temp project as a team would use it: `export default [...acme]`.
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { ESLINT_VERSIONS } from "../../packages/eslint-plugin-containers/tests/helpers/eslint-versions.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const project = realpathSync(mkdtempSync(path.join(os.tmpdir(), "containers-org-config-")));
mkdirSync(path.join(project, "node_modules/@acme"), { recursive: true });
symlinkSync(path.join(repoRoot, "examples/org-config"), path.join(project, "node_modules/@acme/eslint-config-containers"), "dir");
writeFileSync(path.join(project, "eslint.config.js"), 'import acme from "@acme/eslint-config-containers";\n\nexport default [...acme];\n');
writeFileSync(path.join(project, "package.json"), '{ "type": "module" }\n');
afterAll(() => rmSync(project, { recursive: true, force: true }));

const SERVICE = ["WORKDIR /app", "COPY server.js ./", "USER node", 'HEALTHCHECK CMD ["node", "-e", "0"]', 'CMD ["node", "server.js"]', ""];

describe.each(ESLINT_VERSIONS)("the organisation's config on ESLint $version", ({ ESLint }) => {
  async function ruleIds(filePath: string, text: string): Promise<string[]> {
    const eslint = new ESLint({ cwd: project });
    const [result] = await eslint.lintText(text, { filePath: path.join(project, filePath) });
    expect(result.messages.filter((message) => message.fatal)).toEqual([]);
    return result.messages.map((message) => `${message.line} ${message.ruleId} ${message.severity}`);
  }

  it("rejects images from other registries, and does not require digests", async () => {
    expect(await ruleIds("Dockerfile", ["FROM quay.io/acme/node:22-slim", ...SERVICE].join("\n"))).toEqual([
      "1 containers/trusted-registries 2",
    ]);
    expect(await ruleIds("Dockerfile", ["FROM registry.acme.example/node:22-slim", ...SERVICE].join("\n"))).toEqual([]);
    expect(await ruleIds("Dockerfile", ["FROM node:22-slim", ...SERVICE].join("\n"))).toEqual([]);
  });

  it("keeps the rest of strict, and the company's severities in Compose files", async () => {
    const compose = 'services:\n  web:\n    image: registry.acme.example/web:1.4\n    ports:\n      - "8080:8080"\n';
    const ids = await ruleIds("compose.yaml", compose);
    expect(ids).toContain("5 containers/compose-bind-localhost 1");
    expect(ids).toContain("2 containers/compose-read-only 2");
    expect(ids.filter((id) => id.includes("trusted-registries") || id.includes("require-image-digest"))).toEqual([]);
  });
});
