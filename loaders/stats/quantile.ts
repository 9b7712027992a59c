/**
 * Sample quantile by linear interpolation between order statistics: R `quantile(type = 7)`, numpy
 * `percentile(method = "linear")`. With the values sorted as x₀ ≤ … ≤ x_{n−1}, h = (n − 1)·p:
 * x_⌊h⌋ + (h − ⌊h⌋)·(x_⌊h⌋+1 − x_⌊h⌋). Does not modify `values`. O(n log n).
 * Used to winsorise z-scores in `overdispersion` (funnel_od_summary.csv winsor_q_low/high).
 *
 * @throws {TypeError|RangeError} unless `values` is a non-empty array of finite numbers and 0 ≤ p ≤ 1.
 * @example quantile([1, 2, 3, 4], 0.5) // 2.5
 */
import { checkClosed, checkValues } from "./checks.ts";

export function quantile(values: readonly number[], p: number): number {
  checkValues("quantile", "values", values);
  checkClosed("quantile", "p", p);
  const sorted = [...values].sort((a, b) => a - b);
  const h = (sorted.length - 1) * p;
  const i = Math.floor(h);
  if (i + 1 >= sorted.length) return sorted[sorted.length - 1];
  return sorted[i] + (h - i) * (sorted[i + 1] - sorted[i]);
}
