/**
 * Opt-in processors that honour another linter's suppression comments, so a team can switch to
 * ESLint without rewriting them first: `containers/hadolint-comments` (Dockerfiles) and
 * `containers/dclint-comments` (Compose files) and `containers/kubernetes-annotations` (the
 * exemption annotations of kube-linter, Polaris and kube-score). The configs `migrate-hadolint`,
 * `migrate-dclint` and `migrate-kubernetes` turn them on. The text is linted unchanged; the processor only drops the
 * messages that the comments silence, so fixes, suggestions and `--fix` work as without it.
 */
import type { Linter } from "eslint";
import { ALL_RULES, dclintSuppressions } from "./dclint-comments.js";
import { hadolintSuppressions, type Suppression } from "./hadolint-comments.js";
import { kubernetesAnnotationSuppressions } from "./kubernetes-annotations.js";

function isSuppressed(message: Linter.LintMessage, suppressions: readonly Suppression[]): boolean {
  const rule = message.ruleId?.startsWith("containers/") ? message.ruleId.slice("containers/".length) : null;
  if (rule === null) return false;
  return suppressions.some(
    (suppression) =>
      (suppression.rules.has(rule) || suppression.rules.has(ALL_RULES)) &&
      (suppression.lines === "global" || (message.line >= suppression.lines.start && message.line <= suppression.lines.end)),
  );
}

function suppressingProcessor(name: string, read: (text: string) => Suppression[] | "file"): Linter.Processor {
  // ESLint runs preprocess, the rules and postprocess of one file in one synchronous call.
  let current: Suppression[] | "file" = [];
  return {
    meta: { name: `containers/${name}` },
    supportsAutofix: true,
    preprocess(text) {
      current = read(text);
      return [text];
    },
    postprocess(messages) {
      const suppressions = current;
      const all = messages.flat();
      if (suppressions === "file") return [];
      return all.filter((message) => !isSuppressed(message, suppressions));
    },
  };
}

export const processors = {
  "hadolint-comments": suppressingProcessor("hadolint-comments", hadolintSuppressions),
  "dclint-comments": suppressingProcessor("dclint-comments", dclintSuppressions),
  "kubernetes-annotations": suppressingProcessor("kubernetes-annotations", kubernetesAnnotationSuppressions),
};
