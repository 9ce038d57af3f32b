/**
 * Compose keys that are newer than the vendored compose-spec schema (see
 * schemas/compose-spec.README.md for its commit), by where they go. `compose-valid-schema` does not
 * call them unknown: Compose accepts them. Each entry goes away when `scripts/refresh-compose-schema.mjs`
 * brings a schema that has it; the test of this table fails when the schema already knows a key.
 */
interface NewerKeys {
  /** Where the keys go, as a schema error's data path. */
  at(path: readonly string[]): boolean;
  keys: ReadonlySet<string>;
}

export const NEWER_SPEC_KEYS: readonly NewerKeys[] = [
  // Service lifecycle hooks: `pre_start` beside the schema's `post_start` (Compose 2.30).
  { at: (path) => path.length === 2 && path[0] === "services", keys: new Set(["pre_start"]) },
  // `develop.watch[].initial_sync`: sync the files once when the watch starts.
  { at: (path) => path.length === 5 && path[0] === "services" && path[2] === "develop" && path[3] === "watch", keys: new Set(["initial_sync"]) },
];

/** Whether a key the schema calls unknown at `path` is one Compose added after the vendored schema. */
export function isNewerSpecKey(path: readonly string[], key: string): boolean {
  return NEWER_SPEC_KEYS.some((entry) => entry.keys.has(key) && entry.at(path));
}
