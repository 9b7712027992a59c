/**
 * The binomial density generalised to real counts:
 *   binomialDensity(a, b, p, q) = Γ(a + b + 1) / (Γ(a + 1)·Γ(b + 1)) · p^a · q^b,  a, b ≥ 0, q = 1 − p,
 * i.e. P(X = a) for X ~ Bin(a + b, p) when a and b are whole. Passing q separately keeps it exact
 * when p is close to 1.
 *
 * Computed as exp(stirlingError(m) − stirlingError(a) − stirlingError(b) − bd0(a, m·p) − bd0(b, m·q))
 * / √(2π·a·b/m) with m = a + b (Loader 2000), so it stays accurate to ~1e-15 relative even for
 * a + b = 7.5e9. The incomplete beta function uses it for its prefactor x^a·y^b / B(a, b).
 * Internal (arguments are checked by the public callers).
 */
import { binomialDeviance } from "./binomialDeviance.ts";
import { stirlingError } from "./stirlingError.ts";

export function binomialDensity(a: number, b: number, p: number, q: number): number {
  if (p === 0) return a === 0 ? 1 : 0;
  if (q === 0) return b === 0 ? 1 : 0;
  if (a === 0) return b === 0 ? 1 : Math.exp(b * (q < 0.5 ? Math.log(q) : Math.log1p(-p)));
  if (b === 0) return Math.exp(a * (p < 0.5 ? Math.log(p) : Math.log1p(-q)));
  const m = a + b;
  const exponent =
    stirlingError(m) - stirlingError(a) - stirlingError(b) - binomialDeviance(a, m * p) - binomialDeviance(b, m * q);
  return Math.exp(exponent) / Math.sqrt(2 * Math.PI * a * (b / m));
}
