/** Binary search over lists kept in order, shared by the quote stage's look-ups. */

/** Index of the first element of an ordered list at which `atOrAfter` holds (list.length when none). */
export function firstIndex<T>(list: readonly T[], atOrAfter: (x: T) => boolean): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (atOrAfter(list[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
