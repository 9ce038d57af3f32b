/**
 * Lints files written to a fresh temporary directory with the `ESLint` class, for rules that
 * read other files from disk (the Dockerfile a Compose service builds, a context's .dockerignore):
 *
 *   const project = createTempProject({ "compose.yaml": "...", "app/Dockerfile": "FROM ..." });
 *   const messages = await project.lint(ESLint, "compose.yaml", { "containers/compose-build-target-exists": "error" });
 *   project.remove();
 *
 * ESLint runs with the directory as `cwd`, so files outside it are out of the rules' reach.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { ESLint as ESLintClass, Linter } from "eslint";
import { pluginForConfig } from "./plugin.js";

export interface TempProject {
  dir: string;
  /** Writes (or overwrites) files, paths relative to the directory. */
  write(files: Record<string, string>): void;
  /** The messages for one file, linted with the plugin and the given rules (or configs). */
  lint(
    ESLint: typeof ESLintClass,
    file: string,
    rulesOrConfig: Linter.RulesRecord | Linter.Config[],
    /** The directory ESLint runs in, relative to the project (default: the project itself). */
    cwd?: string,
  ): Promise<Linter.LintMessage[]>;
  remove(): void;
}

export function createTempProject(files: Record<string, string> = {}): TempProject {
  const dir = mkdtempSync(path.join(tmpdir(), "containers-"));
  const project: TempProject = {
    dir,
    write(more) {
      for (const [name, text] of Object.entries(more)) {
        const file = path.join(dir, name);
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, text);
      }
    },
    async lint(ESLint, file, rulesOrConfig, cwd = ".") {
      const overrideConfig = Array.isArray(rulesOrConfig)
        ? rulesOrConfig
        : [
            { files: ["**/*.y?(a)ml"], plugins: { containers: pluginForConfig }, language: "containers/compose", rules: rulesOrConfig },
            {
              files: ["**/Dockerfile", "**/Dockerfile.*", "**/*.Dockerfile"],
              ignores: ["**/*.dockerignore"],
              plugins: { containers: pluginForConfig },
              language: "containers/dockerfile",
              rules: rulesOrConfig,
            },
            {
              files: ["**/.dockerignore", "**/*.dockerignore"],
              plugins: { containers: pluginForConfig },
              language: "containers/dockerignore",
              rules: rulesOrConfig,
            },
          ];
      const eslint = new ESLint({ cwd: path.join(dir, cwd), overrideConfigFile: true, overrideConfig: overrideConfig as never });
      const [result] = await eslint.lintFiles([path.join(dir, file)]);
      return result.messages;
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
  project.write(files);
  return project;
}
