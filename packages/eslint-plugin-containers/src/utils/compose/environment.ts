import { findEntry, getMappingEntries, getSequenceItems } from "./mapping.js";
import { getScalarString } from "./scalar.js";
import type { ComposeService } from "./services.js";

/**
 * A service's `environment`, map or list form, as written (interpolation kept): `KEY=value`
 * and `KEY: value` give "value"; a bare `KEY` or `KEY:` (taken from the shell running Compose)
 * gives null. `env_file` is not read. A later list item wins over an earlier one.
 */
export function getServiceEnvironment(service: Pick<ComposeService, "mapping">): Map<string, string | null> {
  const environment = new Map<string, string | null>();
  const value = findEntry(service.mapping, "environment")?.value;
  if (value?.type === "YAMLMapping") {
    for (const entry of getMappingEntries(value)) environment.set(entry.key, getScalarString(entry.value) ?? null);
  } else {
    for (const item of getSequenceItems(value)) {
      const text = getScalarString(item);
      if (text === undefined) continue;
      const equals = text.indexOf("=");
      if (equals === -1) environment.set(text, null);
      else environment.set(text.slice(0, equals), text.slice(equals + 1));
    }
  }
  return environment;
}
