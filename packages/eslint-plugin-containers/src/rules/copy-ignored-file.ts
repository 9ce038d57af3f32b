import type { DockerfileArgument } from "dockerfile-eslint-parser";
import { createRule, type RuleContext } from "../utils/create-rule.js";
import { displayPath, dockerfileContext } from "../utils/dockerignore/context.js";
import { contextRelativePath, contextSources, type CopyInstruction } from "../utils/dockerignore/copy-sources.js";
import { createIgnoreTest, decidingPattern, isLiteralSegment, patternsMayOverlap, usablePatterns } from "../utils/dockerignore/matcher.js";

type Options = [{ context?: string }];

export default createRule<Options>("copy-ignored-file", {
  meta: {
    type: "problem",
    docs: {
      description: "Disallow `COPY`/`ADD` of a path that the build context's `.dockerignore` excludes",
      config: "recommended",
    },
    languages: ["dockerfile"],
    schema: [
      {
        type: "object",
        properties: { context: { type: "string", minLength: 1 } },
        additionalProperties: false,
      },
    ],
    defaultOptions: [{}],
    messages: {
      ignored:
        "`{{source}}` is excluded from the build context by `{{pattern}}` (line {{line}} of `{{file}}`), so this {{instruction}} cannot find it. Copy something else, or re-include it with `!{{path}}` below that line.",
    },
  },
  create(context: RuleContext<Options>) {
    let found: ReturnType<typeof dockerfileContext> | undefined;
    let isExcluded: ((relativePath: string) => boolean) | undefined;

    const check = (instruction: CopyInstruction) => {
      const sources = contextSources(instruction);
      if (sources.length === 0) return;
      found ??= dockerfileContext(context, context.options[0]?.context);
      if (found?.ignore.status !== "found") return;
      const { patterns, path: ignorePath } = found.ignore;
      isExcluded ??= createIgnoreTest(patterns);
      for (const source of sources) {
        const checked = excludedPath(source, patterns, isExcluded);
        if (checked === null) continue;
        const decider = decidingPattern(patterns, checked)!;
        context.report({
          node: source,
          messageId: "ignored",
          data: {
            source: source.value,
            pattern: decider.raw,
            line: decider.loc.start.line,
            file: displayPath(context.cwd, ignorePath),
            instruction: instruction.keyword.value,
            path: checked,
          },
        });
      }
    };
    return { DockerfileCopy: check, DockerfileAdd: check };
  },
});

/**
 * The context path that makes a source excluded, or null when it is not (certainly) excluded:
 * the source itself, or for a wildcard source (`dist/*.js`) the folder before the first
 * wildcard. A `!` exception that may re-include something inside it keeps it quiet, since
 * the copy then still finds files.
 */
function excludedPath(
  source: DockerfileArgument,
  patterns: Parameters<typeof usablePatterns>[0],
  isExcluded: (relativePath: string) => boolean,
): string | null {
  const relative = contextRelativePath(source.value);
  if (relative === null || relative === ".") return null;
  const segments = relative.split("/");
  const literal = segments.findIndex((segment) => !isLiteralSegment(segment));
  const checked = literal === -1 ? relative : segments.slice(0, literal).join("/");
  if (checked === "" || !isExcluded(checked)) return null;
  const reincludes = usablePatterns(patterns).some((pattern) => pattern.negated && patternsMayOverlap(pattern.normalized, relative));
  return reincludes ? null : checked;
}
