/**
 * Confidence interval for an observed/expected ratio O/E (standardised ratio), treating E as fixed, at
 * two-sided coverage `level` (default 0.95). Count limits divided by E:
 * - "byar": Byar's approximation, lower O·(1 − 1/(9O) − z/(3√O))³, upper (O+1)·(1 − 1/(9(O+1)) +
 *   z/(3√(O+1)))³, z = Φ⁻¹(1 − α/2). The lower cube goes negative for tiny O at high levels (O = 1
 *   at 99.8%) and is undefined at O = 0: the lower limit is then 0 (the reference writes NA there).
 * - "exact": exact Poisson (Garwood), lower χ²_{α/2}(2O)/2 (0 at O = 0), upper χ²_{1−α/2}(2O + 2)/2.
 * - "auto" (default): exact for O < 10, Byar's otherwise — the PHE rule (PHEindicatormethods
 *   calculate_ISRatio; Byar's is within 0.2% of exact from 10 on).
 * Matches oe_byars_grid.csv (byars_*, exact_*, phe_* at 95% and 99.8%) and oe_by_provider.csv.
 *
 * @throws {TypeError|RangeError} unless observed is a whole count ≥ 0, expected > 0 (finite),
 *   0 < level < 1 and method is "byar", "exact" or "auto".
 * @example ratioInterval(20, 10) // {lower: 1.2211…, upper: 3.0890…} (Byar's, as O ≥ 10)
 */
import { checkCount, checkKeyword, checkLevel, checkOpen, checkOptions } from "./checks.ts";
import { gammaQuantile } from "./gammaQuantile.ts";
import type { Interval } from "./interval.ts";
import { normalQuantile } from "./normalQuantile.ts";

export type RatioIntervalMethod = "byar" | "exact" | "auto";

const methods: readonly RatioIntervalMethod[] = ["byar", "exact", "auto"];

export function ratioInterval(
  observed: number,
  expected: number,
  options?: { level?: number; method?: RatioIntervalMethod }
): Interval {
  const { level = 0.95, method = "auto" } = checkOptions("ratioInterval", options);
  checkCount("ratioInterval", "observed", observed);
  checkOpen("ratioInterval", "expected", expected, 0, Infinity);
  checkLevel("ratioInterval", level);
  checkKeyword("ratioInterval", "method", method, methods);
  const tail = (1 - level) / 2;
  const exact = method === "exact" || (method === "auto" && observed < 10);
  if (exact) {
    return {
      lower: observed === 0 ? 0 : gammaQuantile(tail, observed) / expected,
      upper: gammaQuantile(1 - tail, observed + 1) / expected
    };
  }
  const z = normalQuantile(1 - tail);
  const cube = (o: number, sign: number) => {
    const root = 1 - 1 / (9 * o) + (sign * z) / (3 * Math.sqrt(o));
    return o * root * root * root;
  };
  return {
    lower: observed === 0 ? 0 : Math.max(0, cube(observed, -1)) / expected,
    upper: cube(observed + 1, 1) / expected
  };
}
