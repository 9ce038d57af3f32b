/**
 * Rules build matchers from their options for every file they lint. ESLint hands a rule the
 * same option arrays file after file, so a matcher is built once per array (and once per equal
 * content when the arrays are new ones, as in tests).
 */
export function memoizeByLists<Lists extends ReadonlyArray<readonly string[]>, T>(build: (...lists: Lists) => T): (...lists: Lists) => T {
  const byIdentity = new WeakMap<object, unknown>();
  const byContent = new Map<string, T>();
  return (...lists) => {
    // One WeakMap level per list; the last level holds the value.
    let level: WeakMap<object, unknown> = byIdentity;
    for (const list of lists.slice(0, -1)) {
      let next = level.get(list) as WeakMap<object, unknown> | undefined;
      if (!next) level.set(list, (next = new WeakMap()));
      level = next;
    }
    const last = lists[lists.length - 1];
    if (level.has(last)) return level.get(last) as T;
    const key = JSON.stringify(lists);
    let value = byContent.get(key);
    if (value === undefined) {
      value = build(...lists);
      byContent.set(key, value);
    }
    level.set(last, value);
    return value;
  };
}
