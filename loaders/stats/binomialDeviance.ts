/**
 * The deviance term bd0(x, m) = x·log(x/m) + m − x ≥ 0 (x ≥ 0, m > 0), computed without cancellation.
 *
 * When x and m are close the direct form subtracts nearly equal numbers, so the series
 * bd0 = (x − m)·v + 2x·Σ_{j≥1} v^(2j+1)/(2j+1), v = (x − m)/(x + m), is summed instead. Together with
 * `stirlingError` this gives densities accurate to ~1e-15 relative for any size of argument.
 *
 * Reference: C. Loader (2000), "Fast and accurate computation of binomial probabilities".
 * Internal (arguments are checked by the public callers).
 */
export function binomialDeviance(x: number, m: number): number {
  if (x === 0) return m;
  const d = x - m;
  if (Math.abs(d) < 0.1 * (x + m)) {
    const v = d / (x + m);
    const v2 = v * v;
    let sum = d * v;
    let term = 2 * x * v;
    for (let j = 3; ; j += 2) {
      term *= v2;
      const next = sum + term / j;
      if (next === sum) return sum;
      sum = next;
    }
  }
  return x * Math.log(x / m) + m - x;
}
