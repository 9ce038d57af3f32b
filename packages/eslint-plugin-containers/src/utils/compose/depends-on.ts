import type { AST } from "yaml-eslint-parser";
import { entryNode, findEntry, getMappingEntries, type MappingEntry } from "./mapping.js";
import { resolveNode } from "./resolve.js";
import { getComposeBoolean, getScalarString } from "./scalar.js";
import type { ComposeService } from "./services.js";

/** One dependency of a service, from either form of `depends_on`. */
export interface Dependency {
  /** The service depended on. */
  name: string;
  /** `list` for `depends_on: [db]` (which means `service_started`), `map` for `db: {condition: ...}`. */
  form: "list" | "map";
  /** The list item (a scalar), or the map entry's key: where to report the dependency itself. */
  node: AST.YAMLNode;
  /** Map form: the entry of the dependency in `depends_on`. */
  entry: MappingEntry | null;
  /** Map form: the `condition` entry, null when absent. */
  conditionEntry: MappingEntry | null;
  /**
   * The condition as written (`service_healthy`...); `service_started` for the list form and
   * for a map entry without `condition`; undefined when it is not a plain string.
   */
  condition: string | undefined;
  /** `required: false` (map form): Compose only warns when the dependency is missing or unhealthy. */
  required: boolean;
}

/** The `depends_on` entry of a service and its dependencies, in source order. */
export function getDependencies(service: ComposeService): { entry: MappingEntry | null; dependencies: Dependency[] } {
  const entry = findEntry(service.mapping, "depends_on");
  const value = entry?.value;
  const dependencies: Dependency[] = [];
  if (value?.type === "YAMLSequence") {
    for (const item of value.entries) {
      const name = getScalarString(item);
      if (item && name !== undefined) {
        dependencies.push({ name, form: "list", node: item, entry: null, conditionEntry: null, condition: "service_started", required: true });
      }
    }
  } else if (value?.type === "YAMLMapping") {
    for (const dependency of getMappingEntries(value)) {
      const settings = resolveNode(dependency.pair.value);
      const conditionEntry = settings?.type === "YAMLMapping" ? findEntry(settings, "condition") : null;
      dependencies.push({
        name: dependency.key,
        form: "map",
        node: entryNode(dependency, "key"),
        entry: dependency,
        conditionEntry,
        condition: conditionEntry ? getScalarString(conditionEntry.value) : "service_started",
        required: !(settings?.type === "YAMLMapping" && getComposeBoolean(findEntry(settings, "required")?.value) === false),
      });
    }
  }
  return { entry, dependencies };
}
