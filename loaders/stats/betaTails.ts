/**
 * Both tails of the beta distribution: lower = I_x(a, b) (the regularized incomplete beta function)
 * and upper = 1 − I_x(a, b), for a, b > 0 and x ∈ [0, 1] with y = 1 − x passed separately (so points
 * near 1 keep their precision).
 *
 * The tail on the short side of the mean is the continued fraction of Abramowitz & Stegun 26.5.8 in
 * a cancellation-free even-contracted form (below), evaluated by the modified Lentz method; the other
 * tail is its complement, which is then ≥ ~0.3, so both keep ~1e-15 relative accuracy. The prefactor
 * comes from `binomialDensity` (Loader's saddle-point form), which is what keeps it accurate for
 * a + b in the billions, where log Γ differences would lose ~1e-5. The fraction needs O(√(a + b))
 * terms in the worst case: ~10⁵ for the 7.5e9 case in binomial_ci.csv.
 * Internal (arguments are checked by the public callers).
 */
import { binomialDensity } from "./binomialDensity.ts";

export function betaTails(a: number, b: number, x: number, y: number): { lower: number; upper: number } {
  if (x <= 0) return { lower: 0, upper: 1 };
  if (y <= 0) return { lower: 1, upper: 0 };
  if (x < (a + 1) / (a + b + 2)) {
    const lower = continuedFraction(a, b, x, y);
    return { lower, upper: 1 - lower };
  }
  const upper = continuedFraction(b, a, y, x);
  return { lower: 1 - upper, upper };
}

const tiny = 1e-300;
const maxTerms = 10_000_000;

/**
 * I_x(a, b) for x < (a + 1)/(a + b + 2), by the even part of A&S 26.5.8 written so that every partial
 * numerator and denominator is a sum of non-negative terms (while m < b):
 *   I_x(a, b) = x^a y^b / (a·B(a, b)) · 1/(β₀ + α₁/(β₁ + α₂/(β₂ + …))),  λ = a − (a + b)·x > −1,
 *   β₀ = (λ + 1)/(a + 1),
 *   α_m = (a+m−1)(a+b+m−1)·m(b−m)·x² / ((a+2m−2)(a+2m−1)²(a+2m)),
 *   β_m = m(b−m)x / ((a+2m−1)(a+2m)) + ((a+m)(λ+1) + 2am + 3m² + m + m(a+m)y) / ((a+2m)(a+2m+1)).
 * The textbook form 1 + d_{2m+1} ≈ 1 − 1 cancels catastrophically near the mean when a is large
 * (errors ~1e-10 at a + b = 1e7); this form does not. The same idea underlies BFRAC in TOMS 708
 * (DiDonato & Morris 1992); the coefficients here are derived directly from A&S 26.5.8.
 */
function continuedFraction(a: number, b: number, x: number, y: number): number {
  const prefactor = (binomialDensity(a, b, x, y) * b) / (a + b); // x^a y^b / (a B(a, b))
  if (prefactor === 0) return 0;
  // λ is a difference of large numbers near the mean: form it from the side with the smaller terms.
  const lambda = a <= b ? a - (a + b) * x : (a + b) * y - b;
  let f = (lambda + 1) / (a + 1);
  if (f < tiny) f = tiny;
  let c = f;
  let d = 0;
  for (let m = 1; m <= maxTerms; m++) {
    const alpha =
      ((a + m - 1) * (a + b + m - 1) * m * (b - m) * x * x) /
      ((a + 2 * m - 2) * (a + 2 * m - 1) * (a + 2 * m - 1) * (a + 2 * m));
    const beta =
      (m * (b - m) * x) / ((a + 2 * m - 1) * (a + 2 * m)) +
      ((a + m) * (lambda + 1) + 2 * a * m + 3 * m * m + m + m * (a + m) * y) / ((a + 2 * m) * (a + 2 * m + 1));
    d = beta + alpha * d;
    d = 1 / (Math.abs(d) < tiny ? tiny : d);
    c = beta + alpha / c;
    if (Math.abs(c) < tiny) c = tiny;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-15) return prefactor / f;
  }
  throw new Error(`betaTails: continued fraction did not converge for a = ${a}, b = ${b}, x = ${x}`);
}
