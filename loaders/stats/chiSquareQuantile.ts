/**
 * Quantile of the chi-square distribution with df degrees of freedom: 2·gammaQuantile(p, df/2).
 *
 * Matches R `qchisq(p, df)`; e.g. FunnelPlotR's exact Poisson funnel limits qchisq(0.025, 30)/30 =
 * 0.5596924 (its test-poisson_limits.R) are reproduced in the tests.
 *
 * @throws {RangeError} unless 0 ≤ p ≤ 1 and df > 0 (finite). p = 0 gives 0, p = 1 gives Infinity.
 * @example chiSquareQuantile(0.95, 1) // 3.841458820694124 (= 1.959963984540054²)
 */
import { checkClosed, checkOpen } from "./checks.ts";
import { gammaQuantile } from "./gammaQuantile.ts";

export function chiSquareQuantile(p: number, df: number): number {
  checkClosed("chiSquareQuantile", "p", p);
  checkOpen("chiSquareQuantile", "df", df, 0, Infinity);
  return 2 * gammaQuantile(p, df / 2);
}
