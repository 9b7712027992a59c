/**
 * The error of Stirling's approximation to log Γ(x + 1):
 *   stirlingError(x) = log Γ(x + 1) − (x + ½)·log x + x − ½·log 2π,  x > 0.
 *
 * Binomial, Poisson, beta and gamma densities are computed from it (with `binomialDeviance`) instead
 * of from differences of log Γ, which lose every digit when the arguments are huge (log Γ(7.5e9) is
 * about 1.6e11, so its rounding error alone is 1e-5). This is the saddle-point scheme of Loader (2000).
 * For x ≥ 15 the asymptotic Stirling series with seven Bernoulli terms (truncation error < 1e-19);
 * below, the exact recurrence stirlingError(x) = stirlingError(x + 1) + (x + ½)·log1p(1/x) − 1
 * (absolute error ≈ 1e-15, which is what matters, as it sits in an exponent).
 *
 * Reference: C. Loader (2000), "Fast and accurate computation of binomial probabilities"; the series
 * is Abramowitz & Stegun 6.1.40. Internal (arguments are checked by the public callers).
 */
export function stirlingError(x: number): number {
  let correction = 0;
  while (x < 15) {
    correction += (x + 0.5) * Math.log1p(1 / x) - 1;
    x += 1;
  }
  const x2 = x * x;
  // 1/(12x) − 1/(360x³) + 1/(1260x⁵) − 1/(1680x⁷) + 1/(1188x⁹) − 691/(360360x¹¹) + 1/(156x¹³)
  const series =
    (1 / 12 -
      (1 / 360 - (1 / 1260 - (1 / 1680 - (1 / 1188 - (691 / 360360 - 1 / 156 / x2) / x2) / x2) / x2) / x2) / x2) /
    x;
  return correction + series;
}
