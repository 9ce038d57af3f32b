import type { DockerignorePattern, DockerignoreProgram } from "../languages/dockerignore/ast.js";
import { createRule } from "../utils/create-rule.js";
import { patternsMayOverlap, usablePatterns } from "../utils/dockerignore/matcher.js";

export default createRule("dockerignore-no-ineffective-exceptions", {
  meta: {
    type: "problem",
    docs: {
      description: "Disallow `!` exceptions in `.dockerignore` that re-include nothing",
      config: "recommended",
    },
    languages: ["dockerignore"],
    schema: [],
    messages: {
      nothingExcluded:
        "`{{pattern}}` re-includes nothing: no pattern above it excludes `{{path}}` (Docker applies the lines in order). Remove it.",
      excludedBelow:
        "`{{pattern}}` re-includes nothing: no pattern above it excludes `{{path}}`, and `{{later}}` on line {{line}} excludes it again after it (Docker applies the lines in order, the last match wins). Move the exception below line {{line}}.",
    },
  },
  create(context) {
    return {
      Program(program: DockerignoreProgram) {
        const patterns = usablePatterns(
          program.body.filter((line): line is DockerignorePattern => line.type === "DockerignorePattern"),
        );
        for (const [index, exception] of patterns.entries()) {
          if (!exception.negated) continue;
          const overlaps = (pattern: DockerignorePattern) => !pattern.negated && patternsMayOverlap(pattern.normalized, exception.normalized);
          if (patterns.slice(0, index).some(overlaps)) continue;
          const later = patterns.slice(index + 1).find(overlaps);
          const data = { pattern: exception.raw, path: exception.pattern };
          if (later) {
            context.report({ node: exception, messageId: "excludedBelow", data: { ...data, later: later.raw, line: later.loc.start.line } });
          } else {
            context.report({ node: exception, messageId: "nothingExcluded", data });
          }
        }
      },
    };
  },
});
