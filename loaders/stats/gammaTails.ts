/**
 * Both tails of the gamma distribution with shape a > 0 and scale 1: lower = P(a, x) (the regularized
 * lower incomplete gamma function) and upper = Q(a, x) = 1 − P(a, x), x ≥ 0.
 *
 * For x < a + 1 the series P = x^a·e^(−x)/Γ(a + 1) · Σ_k x^k / ((a+1)…(a+k)) (A&S 6.5.29); otherwise
 * Legendre's continued fraction Q = x^a·e^(−x)/Γ(a) · 1/(x+1−a− 1(1−a)/(x+3−a− 2(2−a)/(x+5−a− …)))
 * (A&S 6.5.31) by the modified Lentz method. The other tail is the complement. The prefactor comes
 * from `poissonDensity` (Loader's saddle-point form), accurate for large a.
 * Internal (arguments are checked by the public callers).
 */
import { poissonDensity } from "./poissonDensity.ts";

const tiny = 1e-300;
const maxTerms = 10_000_000;

export function gammaTails(a: number, x: number): { lower: number; upper: number } {
  if (x <= 0) return { lower: 0, upper: 1 };
  if (x === Infinity) return { lower: 1, upper: 0 };
  if (x < a + 1) {
    const lower = series(a, x);
    return { lower, upper: 1 - lower };
  }
  const upper = continuedFraction(a, x);
  return { lower: 1 - upper, upper };
}

function series(a: number, x: number): number {
  const prefactor = poissonDensity(a, x);
  if (prefactor === 0) return 0;
  let term = 1;
  let sum = 1;
  for (let k = 1; k <= maxTerms; k++) {
    term *= x / (a + k);
    const next = sum + term;
    if (next === sum) return prefactor * sum;
    sum = next;
  }
  throw new Error(`gammaTails: series did not converge for a = ${a}, x = ${x}`);
}

function continuedFraction(a: number, x: number): number {
  const prefactor = a * poissonDensity(a, x); // x^a e^-x / Γ(a)
  if (prefactor === 0) return 0;
  let bn = x + 1 - a;
  let c = 1 / tiny;
  let d = 1 / bn;
  let f = d;
  for (let n = 1; n <= maxTerms; n++) {
    const an = -n * (n - a);
    bn += 2;
    d = an * d + bn;
    d = 1 / (Math.abs(d) < tiny ? tiny : d);
    c = bn + an / c;
    if (Math.abs(c) < tiny) c = tiny;
    const delta = d * c;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-15) return prefactor * f;
  }
  throw new Error(`gammaTails: continued fraction did not converge for a = ${a}, x = ${x}`);
}
