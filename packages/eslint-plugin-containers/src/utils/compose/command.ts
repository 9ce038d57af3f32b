import { findEntry, getSequenceItems } from "./mapping.js";
import { getScalarString } from "./scalar.js";
import type { ComposeService } from "./services.js";

/**
 * The words of a service's `command` or `entrypoint`: the list form's items, or the string
 * form split at blanks (enough to see the program and its first arguments). Empty when unset.
 */
export function serviceCommandWords(service: ComposeService, key: "command" | "entrypoint"): string[] {
  const value = findEntry(service.mapping, key)?.value;
  if (!value) return [];
  if (value.type === "YAMLSequence") {
    return getSequenceItems(value)
      .map((item) => getScalarString(item))
      .filter((word): word is string => word !== undefined);
  }
  return (getScalarString(value) ?? "").trim().split(/\s+/u).filter(Boolean);
}

/** What the service runs instead of its image's default: entrypoint words, then command words. */
export function serviceRunWords(service: ComposeService): { entrypoint: string[]; command: string[] } {
  return { entrypoint: serviceCommandWords(service, "entrypoint"), command: serviceCommandWords(service, "command") };
}

const BUILD_TOOLS = /^(?:make|gmake|cmake|ninja|bazel|bazelisk|mvn|mvnw|gradle|gradlew|sbt|ant|cargo|msbuild|meson)$/iu;
const BUILD_SUBCOMMANDS = /^(?:build|test|publish|compile|check|lint|vet|package|verify|pytest|tox|unittest)$/iu;
const SUBCOMMAND_TOOLS = /^(?:go|dotnet|npm|yarn|pnpm|bun|cargo|python[0-9.]*|pip[0-9.]*|tox|pytest|composer|bundle|rake|swift|mix)$/iu;

/**
 * Whether a command compiles, tests or lints the checkout (`make`, `go build ./...`,
 * `npm run build`, `mvn package`, `sh -c "npm ci && npm run build"`): a build job, not a
 * service. `npm install && npm run dev` is a development server, not a build.
 */
export function isBuildCommand(words: readonly string[]): boolean {
  const [first, ...rest] = words.map((word) => word.replace(/^.*[\\/]/u, ""));
  if (first === undefined) return false;
  if (/^(?:sh|bash|ash)$/u.test(first) && rest[0] === "-c" && rest[1]) {
    // What the script ends with decides: `npm ci && npm run build` builds, `npm ci && npm run dev` serves.
    const script = rest.slice(1).join(" ").replace(/^["']|["']$/gu, "");
    const last = script.split(/&&|;|\|\|/u).at(-1) ?? "";
    return isBuildCommand(last.split(/\s+/u).filter(Boolean));
  }
  if (BUILD_TOOLS.test(first) || first === "pytest" || first === "tox") return true;
  if (!SUBCOMMAND_TOOLS.test(first)) return false;
  const next = rest.find((word) => !word.startsWith("-") && word !== "run" && word !== "-m");
  return next !== undefined && BUILD_SUBCOMMANDS.test(next);
}
