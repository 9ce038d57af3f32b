import type { AST } from "yaml-eslint-parser";
import { getDependencies } from "./depends-on.js";
import { findEntry, getMappingEntries, getSequenceItems } from "./mapping.js";
import { getEntryAtPath } from "./path.js";
import { getScalarString } from "./scalar.js";
import type { ComposeService } from "./services.js";

/**
 * Profiles that mark a service as run on demand (`docker compose --profile tools run ...`)
 * rather than kept up: tools, migrations, seeding, tests, debugging.
 */
export const ONE_SHOT_PROFILES: ReadonlySet<string> = new Set([
  "tools",
  "tool",
  "cli",
  "admin",
  "setup",
  "init",
  "migrate",
  "migration",
  "migrations",
  "seed",
  "test",
  "tests",
  "testing",
  "debug",
  "job",
  "jobs",
  "task",
  "tasks",
  "script",
  "scripts",
  "utils",
  "utility",
  "utilities",
  "manual",
  "backup",
  "build",
]);

/**
 * A service entry that is only a fragment of a service defined elsewhere: no `image`, no
 * `build` and no `extends`, as in an override file (`compose.override.yaml`) that adds ports
 * or volumes to a service of the base file. Nothing can be said about what it runs.
 */
export function isServiceFragment(service: ComposeService): boolean {
  const mapping = service.mapping;
  return !findEntry(mapping, "image") && !findEntry(mapping, "build") && !findEntry(mapping, "extends");
}

/**
 * Whether a service is meant to stay up (a server, a worker) rather than run once and exit.
 * A service is long-running unless it looks like a one-shot job:
 * - `restart: "no"` together with its own `command` or `entrypoint` (a task to run);
 * - `deploy.restart_policy.condition: none`;
 * - a profile from `ONE_SHOT_PROFILES` (`profiles: [tools]`);
 * - another service waits for it with `condition: service_completed_successfully`;
 * - another service builds from it (`build.additional_contexts: {base: "service:<name>"}`);
 * - it is scaled to zero (`scale: 0`, `deploy.replicas: 0`).
 * Fragments (`isServiceFragment`) and non-mapping services are not judged: false.
 */
export function isLongRunningService(service: ComposeService, services: readonly ComposeService[]): boolean {
  const mapping = service.mapping;
  if (!mapping || isServiceFragment(service)) return false;
  if (isRestartNo(mapping) && (findEntry(mapping, "command") || findEntry(mapping, "entrypoint"))) return false;
  const policy = getEntryAtPath(mapping, ["deploy", "restart_policy", "condition"]);
  if (getScalarString(policy?.value)?.toLowerCase() === "none") return false;
  const profiles = getSequenceItems(findEntry(mapping, "profiles")?.value);
  if (profiles.some((profile) => ONE_SHOT_PROFILES.has(getScalarString(profile)?.toLowerCase() ?? ""))) return false;
  for (const path of [["scale"], ["deploy", "replicas"]]) {
    if (getScalarString(getEntryAtPath(mapping, path)?.value) === "0") return false;
  }
  return !namesUsedAsSteps(services).has(service.name);
}

/**
 * The services that another service waits to complete (`condition: service_completed_successfully`)
 * or builds from (`additional_contexts: {x: "service:name"}`), read once per list of services:
 * asking every service about every other one took minutes on a file with thousands of services.
 */
const stepsCache = new WeakMap<readonly ComposeService[], Set<string>>();

function namesUsedAsSteps(services: readonly ComposeService[]): Set<string> {
  let names = stepsCache.get(services);
  if (names) return names;
  names = new Set();
  for (const other of services) {
    for (const dependency of getDependencies(other).dependencies) {
      if (dependency.condition === "service_completed_successfully") names.add(dependency.name);
    }
    for (const value of buildContextValues(other)) {
      if (value?.startsWith("service:")) names.add(value.slice("service:".length));
    }
  }
  stepsCache.set(services, names);
  return names;
}

/** The values of a service's `build.additional_contexts` (either form). */
function buildContextValues(other: ComposeService): Array<string | undefined> {
  const contexts = getEntryAtPath(other.mapping, ["build", "additional_contexts"])?.value;
  return contexts?.type === "YAMLMapping"
    ? getMappingEntries(contexts).map((entry) => getScalarString(entry.value))
    : getSequenceItems(contexts).map((item) => getScalarString(item)?.replace(/^[^=]*=/u, ""));
}

/** `restart: "no"` (also an unquoted `no`/`false`, which YAML 1.1 readers take as false). */
function isRestartNo(mapping: AST.YAMLMapping): boolean {
  const value = getScalarString(findEntry(mapping, "restart")?.value)?.toLowerCase();
  return value === "no" || value === "false";
}
