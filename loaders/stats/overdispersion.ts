/**
 * Overdispersion of unit proportions around a target p0 (Spiegelhalter 2005, "Handling over-dispersion
 * of performance indicators"), on the proportion scale:
 *   y_i = x_i/n_i, s_i = √(p0(1 − p0)/n_i), z_i = (y_i − p0)/s_i;
 *   φ = mean of z_i² after winsorising z to its `winsorize` and 1 − `winsorize` quantiles (R type 7);
 *   τ² = max(0, (I·φ − (I − 1)) / (Σw − Σw²/Σw)), w_i = 1/s_i² (DerSimonian–Laird with Q = I·φ taken
 *   around the target, as FunnelPlotR's tau_func);
 *   zMultiplicative = z/√φ (also when φ < 1: whether to use it is the caller's decision);
 *   zAdditive = (y − p0)/√(s² + τ²).
 * The multiplicative limits are then p0 ± z·√φ·s and the additive ones p0 ± z·√(s² + τ²).
 * Matches the "normal" method of funnel_od_units.csv / funnel_od_summary.csv (12 units).
 * `z` and the z arrays follow the order of `units`; the input is not modified.
 *
 * @throws {TypeError|RangeError} unless there are at least 2 units, each with whole counts
 *   0 ≤ x ≤ n, n ≥ 1; 0 < p0 < 1; 0 ≤ winsorize < 0.5.
 * @example overdispersion([{x: 9, n: 45}, {x: 24, n: 80}, {x: 26, n: 120}], 0.25).phi
 */
import { checkClosed, checkCount, checkOpen, checkOptions } from "./checks.ts";
import { quantile } from "./quantile.ts";

export type Overdispersion = { phi: number; tau2: number; z: number[]; zMultiplicative: number[]; zAdditive: number[] };

export function overdispersion(
  units: readonly { x: number; n: number }[],
  p0: number,
  options?: { winsorize?: number }
): Overdispersion {
  const { winsorize = 0.1 } = checkOptions("overdispersion", options);
  if (!Array.isArray(units)) throw new TypeError("overdispersion: units must be an array of {x, n}");
  if (units.length < 2) throw new RangeError(`overdispersion: needs at least 2 units, got ${units.length}`);
  units.forEach((unit, i) => {
    if (unit === null || typeof unit !== "object")
      throw new TypeError(`overdispersion: units[${i}] must be an object {x, n}`);
    checkCount("overdispersion", `units[${i}].n`, unit.n, 1);
    checkCount("overdispersion", `units[${i}].x`, unit.x);
    if (unit.x > unit.n)
      throw new RangeError(`overdispersion: units[${i}].x must not exceed n, got x = ${unit.x}, n = ${unit.n}`);
  });
  checkOpen("overdispersion", "p0", p0);
  checkClosed("overdispersion", "winsorize", winsorize, 0, 0.5);
  if (winsorize === 0.5) throw new RangeError("overdispersion: winsorize must be below 0.5, got 0.5");

  const count = units.length;
  const variance = units.map(({ n }) => (p0 * (1 - p0)) / n);
  const residual = units.map(({ x, n }) => x / n - p0);
  const z = residual.map((r, i) => r / Math.sqrt(variance[i]));
  const low = quantile(z, winsorize);
  const high = quantile(z, 1 - winsorize);
  const phi = z.reduce((sum, zi) => sum + Math.min(high, Math.max(low, zi)) ** 2, 0) / count;

  let tau2 = 0;
  if (count * phi > count - 1) {
    let sumW = 0;
    let sumW2 = 0;
    for (const v of variance) {
      sumW += 1 / v;
      sumW2 += 1 / (v * v);
    }
    tau2 = (count * phi - (count - 1)) / (sumW - sumW2 / sumW);
  }
  return {
    phi,
    tau2,
    z,
    zMultiplicative: z.map((zi) => zi / Math.sqrt(phi)),
    zAdditive: residual.map((r, i) => r / Math.sqrt(variance[i] + tau2))
  };
}
