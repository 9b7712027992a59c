/**
 * Binomial distribution function F(r) = P(X ≤ r) for X ~ Bin(n, p).
 *
 * F(r) = I_{1−p}(n − r, r + 1) (regularized incomplete beta; A&S 26.5.24), so the cost does not grow
 * with n and the value is accurate to ~1e-14 relative even for n in the billions (see `betaTails`).
 * F(r) = 0 for r < 0 and 1 for r ≥ n. Feeds the exact funnel limits (funnel_limits_proportion.csv
 * columns F_rp, F_rp_minus_1, computed there by scipy `binom.cdf`) and the median interval.
 *
 * @throws {RangeError} unless r is a whole number, n a whole count ≥ 0 and 0 ≤ p ≤ 1.
 * @example binomialCdf(1, 2, 0.5) // 0.75
 */
import { betaTails } from "./betaTails.ts";
import { checkClosed, checkCount, checkFinite } from "./checks.ts";

export function binomialCdf(r: number, n: number, p: number): number {
  checkFinite("binomialCdf", "r", r);
  if (!Number.isSafeInteger(r)) throw new RangeError(`binomialCdf: r must be a whole number, got ${r}`);
  checkCount("binomialCdf", "n", n);
  checkClosed("binomialCdf", "p", p);
  if (r < 0) return 0;
  if (r >= n) return 1;
  return betaTails(n - r, r + 1, 1 - p, p).lower;
}
