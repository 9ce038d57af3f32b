import type { DockerignorePattern, DockerignoreProgram } from "../languages/dockerignore/ast.js";
import { createRule } from "../utils/create-rule.js";
import { patternsMayOverlap } from "../utils/dockerignore/matcher.js";
import { removeLinesEdit } from "../utils/remove-lines.js";

export default createRule("dockerignore-no-duplicate-patterns", {
  meta: {
    type: "suggestion",
    docs: {
      description: "Disallow `.dockerignore` patterns that repeat an earlier one",
      config: "recommended",
    },
    languages: ["dockerignore"],
    fixable: "code",
    schema: [],
    messages: {
      duplicate: "`{{pattern}}` repeats `{{original}}` on line {{line}}, which already matches the same paths; remove this line.",
    },
  },
  create(context) {
    return {
      Program(program: DockerignoreProgram) {
        const patterns = program.body.filter((line): line is DockerignorePattern => line.type === "DockerignorePattern");
        for (const [index, pattern] of patterns.entries()) {
          if (pattern.normalized === "") continue;
          const original = earlierTwin(patterns, index);
          if (!original) continue;
          context.report({
            node: pattern,
            messageId: "duplicate",
            data: { pattern: pattern.raw, original: original.raw, line: original.loc.start.line },
            fix: (fixer) => {
              const edit = removeLinesEdit(context.sourceCode.text, pattern.range);
              return edit ? fixer.replaceTextRange(edit.range, edit.text) : null;
            },
          });
        }
      },
    };
  },
});

/**
 * The nearest earlier pattern that matches the same paths the same way (same cleaned pattern,
 * same `!`), with no pattern of the other kind in between that could match any of those paths:
 * then this line changes nothing and removing it keeps every path's outcome. (`a`, `!a`, `a`
 * is not a repeat: order matters there; `.git`, `!.env.example`, `.git/` is one.)
 */
function earlierTwin(patterns: DockerignorePattern[], index: number): DockerignorePattern | null {
  const pattern = patterns[index];
  for (let earlier = index - 1; earlier >= 0; earlier--) {
    const candidate = patterns[earlier];
    if (candidate.negated !== pattern.negated) {
      if (candidate.normalized === "" || patternsMayOverlap(candidate.normalized, pattern.normalized)) return null;
      continue;
    }
    if (candidate.normalized === pattern.normalized) return candidate;
  }
  return null;
}
