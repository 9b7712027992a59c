import { stepIndex } from "./stepIndex.ts";

export interface SurvivalEstimate {
  estimate: number;
  se: number;
  lower: number;
  upper: number;
}

/**
 * Reads a survival curve (kaplanMeier's rows, or any rows {time, surv, se, lower, upper} sorted by time)
 * at `time`, as R's `summary(survfit, times = time)`: the step value of the last row with row.time ≤ time.
 *
 * - Before the first row (e.g. time 0): S = 1, se = 0, lower = upper = 1 (survfit's convention).
 * - After the last row, i.e. past the last follow-up, survfit drops the time (extend = FALSE); here every
 *   field is NaN: "not estimable", for the caller to suppress, as an unanswerable question about valid data.
 *
 * O(log n) by binary search, after an O(n) check that the rows are sorted.
 *
 * @throws {TypeError} if curve is not an array of rows with numeric times, or time is not a number.
 * @throws {RangeError} if curve is empty or not sorted by time, or time is negative or not finite.
 */
export function survivalAt(
  curve: readonly { time: number; surv: number; se: number; lower: number; upper: number }[],
  time: number
): SurvivalEstimate {
  const index = stepIndex("survivalAt", curve, time);
  if (index === -1) return { estimate: 1, se: 0, lower: 1, upper: 1 };
  if (index === curve.length) return { estimate: NaN, se: NaN, lower: NaN, upper: NaN };
  const row = curve[index];
  return { estimate: row.surv, se: row.se, lower: row.lower, upper: row.upper };
}
