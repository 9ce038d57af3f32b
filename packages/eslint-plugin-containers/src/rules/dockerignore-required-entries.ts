import path from "node:path";
import type { DockerignorePattern, DockerignoreProgram } from "../languages/dockerignore/ast.js";
import { normalizePattern } from "../languages/dockerignore/parse.js";
import { createRule, type RuleContext } from "../utils/create-rule.js";
import { isInsideDirectory } from "../utils/dockerfile-from-disk.js";
import { DEFAULT_ECOSYSTEMS, type Ecosystem, ECOSYSTEM_ENTRIES, ECOSYSTEMS, detectEcosystems } from "../utils/dockerignore/ecosystems.js";
import { createIgnoreTest } from "../utils/dockerignore/matcher.js";

type Options = [{ entries?: string[]; ecosystems?: "auto" | Ecosystem[] }];

export default createRule<Options>("dockerignore-required-entries", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Require `.dockerignore` to exclude VCS data, secrets and the build and cache folders of the project's ecosystem",
      config: "recommended",
    },
    languages: ["dockerignore"],
    fixable: "code",
    schema: [
      {
        type: "object",
        properties: {
          entries: { type: "array", items: { type: "string", minLength: 1 }, uniqueItems: true },
          ecosystems: {
            oneOf: [
              { enum: ["auto"] },
              { type: "array", items: { enum: [...ECOSYSTEMS] }, uniqueItems: true },
            ],
          },
        },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{ entries: [".git", ".env"], ecosystems: "auto" }],
    messages: {
      missing: "This ignore file does not exclude {{entries}}: the build context sends them and `COPY . .` puts them in the image. Add {{them}}.",
    },
  },
  create(context: RuleContext<Options>) {
    return {
      Program(program: DockerignoreProgram) {
        const patterns = program.body.filter((line): line is DockerignorePattern => line.type === "DockerignorePattern");
        const isExcluded = createIgnoreTest(patterns);
        const missing = requiredEntries(context).filter((entry) => !samplePaths(entry).every(isExcluded));
        if (missing.length === 0) return;
        const text = context.sourceCode.text;
        const eol = text.includes("\r\n") ? "\r\n" : "\n";
        const separator = text === "" || text.endsWith("\n") ? "" : eol;
        context.report({
          loc: { start: { line: 1, column: 0 }, end: { line: 1, column: 0 } },
          messageId: "missing",
          data: { entries: missing.map((entry) => `\`${entry}\``).join(", "), them: missing.length === 1 ? "it" : "them" },
          fix: (fixer) => fixer.insertTextAfterRange([text.length, text.length], separator + missing.map((entry) => entry + eol).join("")),
        });
      },
    };
  },
});

/** The always-required entries plus those of the ecosystems (configured, detected, or the seed's). */
function requiredEntries(context: RuleContext<Options>): string[] {
  const { entries = [], ecosystems = "auto" } = context.options[0] ?? {};
  let chosen = ecosystems === "auto" ? detectedEcosystems(context) : ecosystems;
  if (chosen.length === 0 && ecosystems === "auto") chosen = DEFAULT_ECOSYSTEMS;
  return [...new Set([...entries, ...chosen.flatMap((ecosystem) => ECOSYSTEM_ENTRIES[ecosystem])])];
}

/** The ecosystems of the files beside the ignore file, when it is a file inside the project. */
function detectedEcosystems(context: RuleContext<Options>): Ecosystem[] {
  const file = context.physicalFilename || context.filename;
  if (!path.isAbsolute(file) || !isInsideDirectory(context.cwd, file)) return [];
  return detectEcosystems(path.dirname(file));
}

/**
 * Paths an entry stands for, to ask the matcher whether the file already excludes them: `*` and
 * `?` filled in, `**` both as no folder and as one, so `**\/bin/` needs `bin` and `sample/bin`
 * excluded, while `__pycache__` is also satisfied by `**\/__pycache__` or by `*` with exceptions.
 */
function samplePaths(entry: string): string[] {
  const normalized = normalizePattern(entry);
  return ["", "sample/"].map((folder) =>
    fillWildcards(normalized.replaceAll("**/", folder).replaceAll("**", folder.slice(0, -1) || "sample")),
  );
}

function fillWildcards(pattern: string): string {
  return pattern
    // A character class: one character of it (a negated one: a character it cannot list).
    // The input is an entry of the rule's options or presets, never file content: a rescan of `[[[...` is harmless.
    // eslint-disable-next-line regexp/no-super-linear-move
    .replace(/\[(\^?)(\\?.)[^\]]*\]/gu, (_, negated: string, first: string) => (negated ? "~" : first.replace("\\", "")))
    .replace(/\\(.)/gu, "$1")
    .replaceAll("*", "sample")
    .replaceAll("?", "x");
}
