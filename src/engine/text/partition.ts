/**
 * Binary search over anything sorted: the first index in [0, length) for which `before(i)` is
 * false, given that `before` holds for a prefix of the indices and for none after it (C++'s
 * `partition_point`). The engine's "first token at", "last name before", "mentions inside" lookups
 * over sorted spans are all this one function, so each stays O(log n) without its own loop.
 *
 * @example
 * // index of the first span starting at or after 120
 * partitionPoint(spans.length, (i) => spans[i].start < 120);
 */
export function partitionPoint(length: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The first index whose value is >= x in an ascending list of numbers (C++'s `lower_bound`):
 * partitionPoint for the common case of sorted offsets, with no closure (for per-item lookups on
 * hot paths, where a closure call per step shows).
 */
export function lowerBound(xs: ArrayLike<number>, x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first range whose end is after `start`, in ranges sorted by position and not overlapping. */
export function firstEndingAfter(ranges: ArrayLike<{ end: number }>, start: number): number {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first range whose start is at or after `x`, in ranges sorted by start (no closure: per-claim lookups). */
export function firstStartingAt(ranges: ArrayLike<{ start: number }>, x: number): number {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid].start < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
