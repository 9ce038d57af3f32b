/**
 * How many items of `sorted` (in ascending order of `keyOf`) have a key below `key`: a binary
 * search, for lookups that a big file would make quadratic as a scan.
 */
export function countBelow<T>(sorted: readonly T[], keyOf: (item: T) => number, key: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (keyOf(sorted[middle]) < key) low = middle + 1;
    else high = middle;
  }
  return low;
}
