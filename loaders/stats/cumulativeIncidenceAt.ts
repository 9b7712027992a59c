import { stepIndex } from "./stepIndex.ts";
import type { SurvivalEstimate } from "./survivalAt.ts";

/**
 * Reads cause `cause` (1, 2, …) of a cumulative-incidence curve (cumulativeIncidence's rows, sorted by
 * time) at `time`, as R's `summary(survfit, times = time)`: the step value of the last row with
 * row.time ≤ time.
 *
 * - Before the first row (e.g. time 0): CIF = 0, se = 0, limits NaN (log limits do not exist at CIF = 0;
 *   the curve's own rows with CIF = 0 have NaN limits too, as R gives NA).
 * - After the last row, i.e. past the last follow-up (survfit drops the time, extend = FALSE): all NaN,
 *   "not estimable".
 * - A cause above the curve's largest cause had no events: CIF 0, se 0, limits NaN, like a cause with no
 *   events in the curve itself.
 *
 * O(log n) by binary search, after an O(n) check that the rows are sorted.
 *
 * @throws {TypeError} if curve is not an array of rows with numeric times, or time or cause is not a number.
 * @throws {RangeError} if curve is empty or unsorted, time is negative or not finite, or cause is not a whole number ≥
 *   1.
 */
export function cumulativeIncidenceAt(
  curve: readonly {
    time: number;
    cif: readonly number[];
    se: readonly number[];
    lower: readonly number[];
    upper: readonly number[];
  }[],
  time: number,
  cause: number
): SurvivalEstimate {
  if (typeof cause !== "number") throw new TypeError("cumulativeIncidenceAt: cause must be a number");
  if (!Number.isSafeInteger(cause) || cause < 1) {
    throw new RangeError(`cumulativeIncidenceAt: cause must be a whole number ≥ 1 (an event type), got ${cause}`);
  }
  const index = stepIndex("cumulativeIncidenceAt", curve, time);
  if (index === curve.length) return { estimate: NaN, se: NaN, lower: NaN, upper: NaN };
  const row = index === -1 ? undefined : curve[index];
  if (row === undefined || cause > row.cif.length) return { estimate: 0, se: 0, lower: NaN, upper: NaN };
  const k = cause - 1;
  return { estimate: row.cif[k], se: row.se[k], lower: row.lower[k], upper: row.upper[k] };
}
