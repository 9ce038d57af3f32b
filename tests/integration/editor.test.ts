// The documented VS Code path (docs/README.md, "Editor setup"): the ESLint extension finds the
// project's eslint.config.*, lints the unsaved buffer with `ESLint#lintText(text, { filePath })`,
// offers `message.fix` as a quick fix and `message.suggestions` in the light-bulb menu, and reads
// `getRulesMetaForResults` for the rule's docs link and fixability. ESLint 9 and 10.
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { ESLINT_VERSIONS } from "../../packages/eslint-plugin-containers/tests/helpers/eslint-versions.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const configUrl = pathToFileURL(path.join(repoRoot, "packages/eslint-config-containers/dist/index.js")).href;

const project = realpathSync(mkdtempSync(path.join(os.tmpdir(), "containers-editor-")));
writeFileSync(path.join(project, "eslint.config.mjs"), `import containers from ${JSON.stringify(configUrl)};\nexport default [...containers.recommended];\n`);
mkdirSync(path.join(project, "services/api"), { recursive: true });
// What is on disk differs from the buffer: the editor lints the buffer.
writeFileSync(path.join(project, "services/api/Dockerfile"), "FROM scratch\n");
afterAll(() => rmSync(project, { recursive: true, force: true }));

const BUFFER = "FROM node:22-slim\nCMD node server.js\nENTRYPOINT node $APP || exit 1\n";

/** Applies one text edit as the editor does. */
function applyEdit(text: string, edit: { range: [number, number]; text: string }): string {
  return text.slice(0, edit.range[0]) + edit.text + text.slice(edit.range[1]);
}

describe.each(ESLINT_VERSIONS)("VS Code path on ESLint $version", ({ ESLint }) => {
  it("lintText with filePath uses the project's config; fixes, suggestions and rule meta", async () => {
    const eslint = new ESLint({ cwd: project });
    const results = await eslint.lintText(BUFFER, { filePath: path.join(project, "services/api/Dockerfile"), warnIgnored: true });
    expect(results).toHaveLength(1);
    const messages = results[0].messages.filter((message) => message.ruleId === "containers/prefer-exec-form");
    expect(messages.map((message) => [message.line, message.column, message.endLine, message.endColumn])).toEqual([
      [2, 5, 2, 19],
      [3, 12, 3, 31],
    ]);

    // Line 2: a safe fix (quick fix and fix-all on save).
    const [fixable, suggestion] = messages;
    expect(fixable.fix).toBeDefined();
    expect(applyEdit(BUFFER, fixable.fix!)).toBe('FROM node:22-slim\nCMD ["node", "server.js"]\nENTRYPOINT node $APP || exit 1\n');
    expect(fixable.suggestions ?? []).toEqual([]);

    // Line 3: shell syntax, so no fix, a suggestion with its own title.
    expect(suggestion.fix).toBeUndefined();
    expect(suggestion.suggestions?.map((entry) => entry.desc)).toEqual([
      'Use the exec form with an explicit shell: ["/bin/sh", "-c", "node $APP || exit 1"]',
    ]);
    expect(applyEdit(BUFFER, suggestion.suggestions![0].fix)).toBe(
      'FROM node:22-slim\nCMD node server.js\nENTRYPOINT ["/bin/sh", "-c", "node $APP || exit 1"]\n',
    );

    // What the extension reads for the docs link and the "fix all" availability.
    const meta = eslint.getRulesMetaForResults(results);
    expect(meta["containers/prefer-exec-form"]?.fixable).toBe("code");
    expect(meta["containers/prefer-exec-form"]?.hasSuggestions).toBe(true);
    for (const ruleId of new Set(results[0].messages.map((message) => message.ruleId!))) {
      expect(meta[ruleId]?.docs?.url, ruleId).toMatch(/docs\/rules\/[a-z-]+\.md$/u);
    }
  });

  it("lintText of a Compose buffer and of a file no config covers", async () => {
    const eslint = new ESLint({ cwd: project });
    const [compose] = await eslint.lintText('version: "3"\nservices:\n  web:\n    image: nginx:1.27\n', {
      filePath: path.join(project, "compose.yaml"),
    });
    const version = compose.messages.find((message) => message.ruleId === "containers/compose-no-version")!;
    expect(applyEdit('version: "3"\nservices:\n  web:\n    image: nginx:1.27\n', version.fix!)).toBe(
      "services:\n  web:\n    image: nginx:1.27\n",
    );
    // A file type the config does not cover gives the extension a clear "ignored" notice, not a crash.
    const [other] = await eslint.lintText("anything", { filePath: path.join(project, "notes.txt"), warnIgnored: true });
    expect(other.messages.map((message) => message.fatal ?? false)).not.toContain(true);
  });
});
