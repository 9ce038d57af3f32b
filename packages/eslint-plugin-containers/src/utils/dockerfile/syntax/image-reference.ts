import type { DockerfileInstruction, Program } from "dockerfile-eslint-parser";
import { findAncestor } from "../ancestors.js";
import { earlierStageNames } from "../stages.js";
import type { SyntaxProblem } from "./problem.js";

/*
 * Docker's image reference grammar (github.com/distribution/reference): a lowercase repository
 * path, optionally behind a registry host (which may have capitals, a port, or be an IPv6
 * address), then `:tag` and/or `@digest`. BuildKit parses FROM's image with it and fails on
 * anything else ("invalid reference format: repository name must be lowercase").
 */
const ALNUM = "[a-z0-9]+";
const SEPARATOR = "(?:[._]|__|-+)";
const PATH_COMPONENT = `${ALNUM}(?:${SEPARATOR}${ALNUM})*`;
const DOMAIN_COMPONENT = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
const HOST = `(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[a-fA-F0-9:]+\\])`;
const DOMAIN = `${HOST}(?::[0-9]+)?`;
const NAME = `(?:${DOMAIN}/)?${PATH_COMPONENT}(?:/${PATH_COMPONENT})*`;
const TAG = "[\\w][\\w.-]{0,127}";
const DIGEST = "[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}";
const REFERENCE = new RegExp(`^(${NAME})(?::${TAG})?(?:@${DIGEST})?$`, "u");
const MAX_NAME_LENGTH = 255;

/** FROM's image when Docker cannot parse it as a reference (variables and stage names are skipped). */
export function checkImageReference(instruction: DockerfileInstruction): SyntaxProblem[] {
  if (instruction.type !== "DockerfileFrom") return [];
  const from = instruction;
  const image = from.image;
  if (!image || image.raw.includes("$") || image.raw.toLowerCase() === "scratch") return [];
  const program = findAncestor(from, "Program") as Program | null;
  const stage = findAncestor(from, "DockerfileStage");
  if (!program || !stage || earlierStageNames(program, stage).has(image.raw.toLowerCase())) return [];
  const match = REFERENCE.exec(image.raw);
  if (match && match[1].length <= MAX_NAME_LENGTH) return [];
  const lowercase = image.raw.toLowerCase();
  const hint = REFERENCE.test(lowercase) ? `; write \`${lowercase}\`` : "";
  return [{ messageId: "invalidImageReference", data: { image: image.raw, hint }, range: image.range }];
}
