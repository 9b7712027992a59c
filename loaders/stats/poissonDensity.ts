/**
 * The Poisson density generalised to a real count: poissonDensity(a, λ) = λ^a·e^(−λ) / Γ(a + 1),
 * a ≥ 0, λ ≥ 0; P(X = a) for X ~ Poisson(λ) when a is whole.
 *
 * Computed as exp(−stirlingError(a) − bd0(a, λ)) / √(2π·a) (Loader 2000), accurate to ~1e-15 relative
 * for large a where log Γ differences are not. The incomplete gamma function uses it for its prefactor.
 * Internal (arguments are checked by the public callers).
 */
import { binomialDeviance } from "./binomialDeviance.ts";
import { stirlingError } from "./stirlingError.ts";

export function poissonDensity(a: number, lambda: number): number {
  if (lambda === 0) return a === 0 ? 1 : 0;
  if (a === 0) return Math.exp(-lambda);
  return Math.exp(-stirlingError(a) - binomialDeviance(a, lambda)) / Math.sqrt(2 * Math.PI * a);
}
