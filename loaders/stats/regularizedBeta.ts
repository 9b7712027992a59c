/**
 * The regularized incomplete beta function I_x(a, b) = P(X ≤ x) for X ~ Beta(a, b).
 *
 * Continued fraction (Abramowitz & Stegun 26.5.8) with Loader's saddle-point prefactor; see
 * `betaTails`. Relative error against scipy/Boost `betainc` (double) and 50-digit sums: ≤ 5e-14 for
 * a + b up to 1e7, ≤ 1e-9 in the worst case tested (upper tail near the mean with a + b = 7.6e9).
 *
 * @throws {RangeError} unless a > 0, b > 0 and 0 ≤ x ≤ 1 (all finite).
 * @example regularizedBeta(0.3, 1, 1) // 0.3
 */
import { betaTails } from "./betaTails.ts";
import { checkClosed, checkOpen } from "./checks.ts";

export function regularizedBeta(x: number, a: number, b: number): number {
  checkClosed("regularizedBeta", "x", x);
  checkOpen("regularizedBeta", "a", a, 0, Infinity);
  checkOpen("regularizedBeta", "b", b, 0, Infinity);
  return betaTails(a, b, x, 1 - x).lower;
}
