import { checkLevel, checkOptions } from "./checks.ts";
import { normalQuantile } from "./normalQuantile.ts";

export interface CumulativeIncidenceRow {
  time: number;
  /** Subjects with follow-up ≥ time. */
  nRisk: number;
  /** cif[k − 1], se[k − 1], lower[k − 1], upper[k − 1] belong to cause k. */
  cif: number[];
  se: number[];
  lower: number[];
  upper: number[];
}

/**
 * Aalen–Johansen cumulative incidence with competing risks: CIF_k(t) = Σ_{t_j ≤ t} S(t_j−)·d_kj/n_j, where
 * S is the all-cause Kaplan–Meier curve. `cause` 0 = censored, 1..K = event types (K = the largest cause
 * seen; a cause with no events has CIF 0). One row per distinct time, events before censorings.
 *
 * se is the infinitesimal-jackknife standard error, √Σ_i U_i(t)² with U_i = ∂CIF_k/∂w_i the derivative with
 * respect to subject i's case weight (R survfit's default for multi-state curves; for cause k it equals
 * etm's Greenwood-type variance). Subjects with the same exit time and status share U, and between exits
 * every U evolves by the same linear map, so the sum is kept as a few running moments: O(n log n) for the
 * sort, then O(K) per distinct time. Limits at two-sided `level` (default 0.95) are survfit's default "log"
 * type on the CIF: CIF·exp(∓z·se/CIF), upper capped at 1, NaN where CIF = 0 (R: NA).
 * Matches R survival 3.5-3 `survfit(Surv(time, factor(cause, 0:K)) ~ 1)` (tests/fixtures/reference/cif_curves.csv).
 *
 * @throws {TypeError} if data is not an array of {time: number, cause: number}.
 * @throws {RangeError} if data is empty, a time is negative or not finite, a cause is not a whole number ≥ 0,
 *   or level is outside (0, 1).
 */
export function cumulativeIncidence(
  data: readonly { time: number; cause: number }[],
  options: { level?: number } = {}
): CumulativeIncidenceRow[] {
  const { level = 0.95 } = checkOptions("cumulativeIncidence", options);
  checkLevel("cumulativeIncidence", level);
  if (!Array.isArray(data)) throw new TypeError("cumulativeIncidence: data must be an array of {time, cause}");
  if (data.length === 0) throw new RangeError("cumulativeIncidence: data is empty");

  const n = data.length;
  let causes = 0;
  for (let i = 0; i < n; i++) {
    const row = data[i];
    if (row === null || typeof row !== "object")
      throw new TypeError(`cumulativeIncidence: data[${i}] is not an object`);
    const { time, cause } = row;
    if (typeof time !== "number") throw new TypeError(`cumulativeIncidence: data[${i}].time must be a number`);
    if (!(time >= 0) || time === Infinity)
      throw new RangeError(`cumulativeIncidence: data[${i}].time must be finite and ≥ 0, got ${time}`);
    if (typeof cause !== "number") throw new TypeError(`cumulativeIncidence: data[${i}].cause must be a number`);
    if (!Number.isSafeInteger(cause) || cause < 0) {
      throw new RangeError(
        `cumulativeIncidence: unknown cause ${cause} in data[${i}] (0 = censored, 1, 2, … = event types)`
      );
    }
    if (cause > causes) causes = cause;
  }

  // The times of each status (0 = censored, k = cause k) sorted in their own segment of one typed array.
  const counts = new Int32Array(causes + 1);
  for (let i = 0; i < n; i++) counts[data[i].cause]++;
  const start = new Int32Array(causes + 2);
  for (let k = 0; k <= causes; k++) start[k + 1] = start[k] + counts[k];
  const times = new Float64Array(n);
  const fill = start.slice(0, causes + 1);
  for (let i = 0; i < n; i++) times[fill[data[i].cause]++] = data[i].time;
  for (let k = 0; k <= causes; k++) times.subarray(start[k], start[k + 1]).sort();
  const next = start.slice(0, causes + 1); // read position in each segment

  const z = normalQuantile(1 - (1 - level) / 2);
  const d = new Float64Array(causes + 1); // d[0] censored, d[k] events of cause k at this time
  const cif = new Float64Array(causes + 1); // cif[0] unused
  // Influence of a subject still at risk: on S (riskS) and on each CIF (riskF[k]).
  let riskS = 0;
  const riskF = new Float64Array(causes + 1);
  // Σ over subjects who have left of U_S², U_S·U_Fk and U_Fk²: all the variance of CIF_k needs.
  let qSS = 0;
  const qSF = new Float64Array(causes + 1);
  const qFF = new Float64Array(causes + 1);
  const addExits = (count: number, uS: number, uF: (k: number) => number) => {
    qSS += count * uS * uS;
    for (let k = 1; k <= causes; k++) {
      const f = uF(k);
      qSF[k] += count * uS * f;
      qFF[k] += count * f * f;
    }
  };

  const rows: CumulativeIncidenceRow[] = [];
  let nRisk = n;
  let surv = 1;
  for (;;) {
    let time = Infinity;
    for (let k = 0; k <= causes; k++) if (next[k] < start[k + 1] && times[next[k]] < time) time = times[next[k]];
    if (time === Infinity) break;
    let events = 0;
    for (let k = 0; k <= causes; k++) {
      let count = 0;
      while (next[k] < start[k + 1] && times[next[k]] === time) {
        count++;
        next[k]++;
      }
      d[k] = count;
      if (k > 0) events += count;
    }
    if (events > 0) {
      const hazard = events / nRisk;
      // Those who left before: U ← M·U with U_S' = (1 − λ)·U_S, U_Fk' = U_Fk + λ_k·U_S.
      for (let k = 1; k <= causes; k++) {
        const hk = d[k] / nRisk;
        qFF[k] += 2 * hk * qSF[k] + hk * hk * qSS;
        qSF[k] = (1 - hazard) * (qSF[k] + hk * qSS);
      }
      qSS *= (1 - hazard) * (1 - hazard);
      // Those at risk now: the same map plus S(t−)·∂λ/∂w_i, with ∂λ_k/∂w_i = (1[i has cause k] − λ_k)/n.
      const base = surv / nRisk;
      const nonS = riskS * (1 - hazard) + base * hazard;
      for (let k = 1; k <= causes; k++) riskF[k] += riskS * (d[k] / nRisk) - base * (d[k] / nRisk);
      riskS = nonS;
      for (let c = 1; c <= causes; c++) {
        if (d[c] > 0) addExits(d[c], riskS - base, (k) => riskF[k] + (k === c ? base : 0));
      }
      for (let k = 1; k <= causes; k++) cif[k] += surv * (d[k] / nRisk);
      surv *= 1 - hazard;
    }
    if (d[0] > 0) addExits(d[0], riskS, (k) => riskF[k]);
    const stay = nRisk - events - d[0];
    const row: CumulativeIncidenceRow = { time, nRisk, cif: [], se: [], lower: [], upper: [] };
    for (let k = 1; k <= causes; k++) {
      const p = cif[k];
      const se = Math.sqrt(qFF[k] + stay * riskF[k] * riskF[k]);
      row.cif.push(p);
      row.se.push(se);
      row.lower.push(p > 0 ? p * Math.exp((-z * se) / p) : NaN);
      row.upper.push(p > 0 ? Math.min(1, p * Math.exp((z * se) / p)) : NaN);
    }
    rows.push(row);
    nRisk = stay;
  }
  return rows;
}
