/**
 * Sample median with a distribution-free confidence interval from order statistics (e.g. waiting
 * times). With the values sorted as x_(1) ≤ … ≤ x_(n) and α = 1 − level:
 *   j = the smallest j with P(B ≤ j) ≥ α/2, B ~ Bin(n, ½) (R: qbinom(α/2, n, 0.5)),
 *   interval [x_(j), x_(n−j+1)], coverage 1 − 2·P(B ≤ j − 1) ≥ level.
 * This is the sign-test interval of Lehmann (1975, pp. 182–183), Conover and Hollander–Wolfe, and what
 * asbio::ci.median and DescTools::MedianCI(method = "exact") compute. The coverage is exact for
 * continuous data and conservative (at least `level`); it is returned. Examples: n = 10 at 95% gives
 * [x_(2), x_(9)] with coverage 1 − 2·11/1024 = 0.978515625; n = 20 gives [x_(6), x_(15)].
 * When n is so small that even [x_(1), x_(n)] covers less than `level` (1 − 2^(1−n) < level: n ≤ 5 at
 * 95%, n ≤ 9 at 99.8%), j = 0 and the interval is (−Infinity, Infinity) with coverage 1 — the only
 * distribution-free interval that reaches the level (x_(0) = −∞, x_(n+1) = +∞), rather than a
 * silently narrower one. The median is the middle value, or the mean of the two middle values (R).
 * Does not modify `values`. O(n log n).
 *
 * @throws {TypeError|RangeError} unless values is a non-empty array of finite numbers and
 *   0 < level < 1.
 * @example medianInterval([7, 1, 3, 9, 4, 6, 2, 8, 5, 10]) // {median: 5.5, lower: 2, upper: 9, coverage: 0.978515625}
 */
import { binomialCdf } from "./binomialCdf.ts";
import { checkLevel, checkOptions, checkValues } from "./checks.ts";

export type MedianInterval = { median: number; lower: number; upper: number; coverage: number };

export function medianInterval(values: readonly number[], options?: { level?: number }): MedianInterval {
  const { level = 0.95 } = checkOptions("medianInterval", options);
  checkValues("medianInterval", "values", values);
  checkLevel("medianInterval", level);
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  const half = Math.floor(n / 2);
  const median = n % 2 === 1 ? sorted[half] : (sorted[half - 1] + sorted[half]) / 2;
  // Smallest j with P(B ≤ j) ≥ α/2; it is at most ⌊n/2⌋ since P(B ≤ ⌊n/2⌋) ≥ ½.
  const tail = (1 - level) / 2;
  let below = -1;
  let j = half;
  while (j - below > 1) {
    const mid = Math.floor((below + j) / 2);
    if (binomialCdf(mid, n, 0.5) >= tail) j = mid;
    else below = mid;
  }
  if (j === 0) return { median, lower: -Infinity, upper: Infinity, coverage: 1 };
  return { median, lower: sorted[j - 1], upper: sorted[n - j], coverage: 1 - 2 * binomialCdf(j - 1, n, 0.5) };
}
