/**
 * Funnel-plot control limits for a proportion around the target p0, for a unit with denominator n, at
 * two-sided coverage `level` (default 0.95; 0.998 for the outer funnel).
 *
 * - "exact" (default): Spiegelhalter (2005, Appendix A.1.1) binomial limits with interpolation. For
 *   prob = (1 − level)/2 (lower) and 1 − (1 − level)/2 (upper): r_p = the smallest r with
 *   F(r) = P(Bin(n, p0) ≤ r) ≥ prob, α = (F(r_p) − prob) / (F(r_p) − F(r_p − 1)), limit = (r_p − α)/n,
 *   clipped to [0, 1]. F(r_p) − F(r_p − 1) is evaluated as the probability P(X = r_p) itself.
 *   As in Stata funnelcompar and Wicklin (2011); for tiny n the raw value can be negative even for the
 *   upper limit (p0 = 0.02, n = 1: −0.0051), so both limits can clip to 0.
 * - "normal": p0 ± z·√(p0(1 − p0)/n), z = Φ⁻¹(1 − (1 − level)/2), clipped to [0, 1]; here n may be
 *   any positive number (smooth limit curves).
 * Matches funnel_limits_proportion.csv columns exact_interp and normal (456 rows); max relative error
 * in the tests.
 *
 * @throws {TypeError|RangeError} unless 0 < p0 < 1, n ≥ 1 is a whole count ("exact") or n > 0
 *   ("normal"), 0 < level < 1 and method is "exact" or "normal".
 * @example funnelLimits(0.5, 100) // {lower: 0.3968…, upper: 0.5932…}
 */
import { binomialCdf } from "./binomialCdf.ts";
import { binomialDensity } from "./binomialDensity.ts";
import { checkCount, checkKeyword, checkLevel, checkOpen, checkOptions } from "./checks.ts";
import type { Interval } from "./interval.ts";
import { normalQuantile } from "./normalQuantile.ts";

export type FunnelLimitsMethod = "exact" | "normal";

const methods: readonly FunnelLimitsMethod[] = ["exact", "normal"];

export function funnelLimits(
  p0: number,
  n: number,
  options?: { level?: number; method?: FunnelLimitsMethod }
): Interval {
  const { level = 0.95, method = "exact" } = checkOptions("funnelLimits", options);
  checkOpen("funnelLimits", "p0", p0);
  checkKeyword("funnelLimits", "method", method, methods);
  if (method === "exact") checkCount("funnelLimits", "n", n, 1);
  else checkOpen("funnelLimits", "n", n, 0, Infinity);
  checkLevel("funnelLimits", level);
  const tail = (1 - level) / 2;
  if (method === "normal") {
    const half = normalQuantile(1 - tail) * Math.sqrt((p0 * (1 - p0)) / n);
    return { lower: clip(p0 - half), upper: clip(p0 + half) };
  }
  return { lower: clip(exactLimit(p0, n, tail)), upper: clip(exactLimit(p0, n, 1 - tail)) };
}

/** (r_p − α)/n, unclipped: the inverse of the linearly interpolated binomial CDF at prob, over n. */
function exactLimit(p0: number, n: number, prob: number): number {
  // Smallest r in [0, n] with F(r) ≥ prob; F(−1) = 0 < prob ≤ F(n) = 1.
  let below = -1;
  let r = n;
  while (r - below > 1) {
    const mid = Math.floor((below + r) / 2);
    if (binomialCdf(mid, n, p0) >= prob) r = mid;
    else below = mid;
  }
  const alpha = (binomialCdf(r, n, p0) - prob) / binomialDensity(r, n - r, p0, 1 - p0);
  return (r - alpha) / n;
}

function clip(value: number): number {
  return Math.min(1, Math.max(0, value));
}
