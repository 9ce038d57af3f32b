import type { RuleContext } from "./create-rule.js";

export type FileKind = "dockerfile" | "compose" | "dockerignore" | "kubernetes" | "other";

/**
 * Which kind of file a rule is looking at, from the parser services each of our languages sets
 * (`isDockerfile`, `isCompose`, `isDockerignore`, `isKubernetes`). A rule that covers several kinds returns the
 * listeners for the kind at hand, so a Compose listener never runs on a Dockerfile.
 */
export function fileKind(context: RuleContext<unknown[]>): FileKind {
  const services = context.sourceCode.parserServices ?? {};
  if (services.isDockerfile) return "dockerfile";
  if (services.isCompose) return "compose";
  if (services.isDockerignore) return "dockerignore";
  if (services.isKubernetes) return "kubernetes";
  return "other";
}
