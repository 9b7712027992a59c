/**
 * Quantile of the gamma distribution with shape a and scale 1: the x with P(a, x) = p, where P is the
 * regularized lower incomplete gamma function.
 *
 * Newton's method on u = log x, safeguarded by bisection on a bracket, on whichever tail is below ½
 * (so p = 0.999 is solved as an upper tail of 0.001 without cancellation). Start: the Wilson–Hilferty
 * cube a·(1 − 1/(9a) + z/(3√a))³ (z = Φ⁻¹(p)), or for small a and p the leading term of the series,
 * (p·Γ(a + 1))^(1/a). Once the step is below 1e-10 a last Newton step is taken in x itself, which
 * leaves x within a few ulps of the root. The tails come from `gammaTails`.
 * Used for the exact Poisson limits (χ²_{p}(2O)/2 = gammaQuantile(p, O)); matches the exact columns of
 * oe_byars_grid.csv (R `qchisq`) to ~1e-15 relative (see tests).
 *
 * @throws {RangeError} unless 0 ≤ p ≤ 1 and a > 0 (finite). p = 0 gives 0, p = 1 gives Infinity.
 * @example gammaQuantile(0.5, 1) // Math.LN2 (the exponential median)
 */
import { checkClosed, checkOpen } from "./checks.ts";
import { gammaTails } from "./gammaTails.ts";
import { normalQuantile } from "./normalQuantile.ts";
import { poissonDensity } from "./poissonDensity.ts";
import { stirlingError } from "./stirlingError.ts";

export function gammaQuantile(p: number, a: number): number {
  checkClosed("gammaQuantile", "p", p);
  checkOpen("gammaQuantile", "a", a, 0, Infinity);
  if (p === 0) return 0;
  if (p === 1) return Infinity;
  const upperTail = p > 0.5;
  const target = upperTail ? 1 - p : p;
  let lo = -Infinity;
  let hi = Infinity;
  let u = Math.log(initialGuess(p, a));
  for (let iteration = 0; iteration < 400; iteration++) {
    const x = Math.exp(u);
    const tails = gammaTails(a, x);
    const value = upperTail ? target - tails.upper : tails.lower - target; // increasing in u
    if (value === 0) return x;
    if (value < 0) lo = u;
    else hi = u;
    const step = value / (a * poissonDensity(a, x)); // dP/du = density·x = x^a e^(−x) / Γ(a)
    // Near the root finish with the same Newton step taken in x itself (dx = du·x): log x is
    // coarse for tiny x (ulp(552) = 1e-13), x is not.
    if (Math.abs(step) <= 1e-10) return x - step * x;
    let next = u - step;
    if (!(next > lo && next < hi)) {
      if (lo === -Infinity) next = hi - 4;
      else if (hi === Infinity) next = lo + 4;
      else next = lo + (hi - lo) / 2;
    }
    if (hi - lo <= 1e-15 * Math.max(1, Math.abs(u))) return Math.exp(next);
    u = next;
  }
  throw new Error(`gammaQuantile: no convergence for p = ${p}, a = ${a}`);
}

function initialGuess(p: number, a: number): number {
  const z = normalQuantile(p);
  const cube = 1 - 1 / (9 * a) + z / (3 * Math.sqrt(a));
  const wilsonHilferty = a * cube * cube * cube;
  if (a >= 1 && wilsonHilferty > 0) return wilsonHilferty;
  // P(a, x) ≈ x^a / Γ(a + 1) for small x; log Γ(a + 1) from Stirling's formula and its error.
  const logGammaA1 = stirlingError(a) + (a + 0.5) * Math.log(a) - a + 0.5 * Math.log(2 * Math.PI);
  const x = Math.exp((Math.log(p) + logGammaA1) / a);
  return Number.isFinite(x) && x > 0 ? x : a;
}
