/**
 * Per-unit statistics, one function per indicator type: the value and its interval for each cell.
 * Counting happens in DuckDB (aggregate.ts); only what needs a statistical method happens here.
 *
 * - proportion, coverage: Wilson score interval (proportionInterval, no continuity correction).
 * - median time: the sample median with its distribution-free order-statistic interval (medianInterval).
 * - mean score: mean ± z·s/√n, a normal-approximation interval (s the sample standard deviation).
 * - relative survival at k years: net survival (Pohar Perme by default) with the log-log interval.
 * - cumulative incidence at k years: Aalen–Johansen with death as the competing risk, log interval.
 */
import {
  cumulativeIncidence,
  cumulativeIncidenceAt,
  medianInterval,
  netSurvival,
  normalQuantile,
  proportionInterval
} from "../stats/index.ts";
import type { CountCell, MomentCell, UnitKey, UnitRows } from "./aggregate.ts";

export interface Cell extends UnitKey {
  /** The group (e.g. a treatment) for grouped indicators; null otherwise. */
  group: string | null;
  /** Counted types: the numerator; survival and cumulative incidence: events by the horizon; else null. */
  numerator: number | null;
  /** The number of rows (tumours, or answers for scores) in the cell. */
  denominator: number;
  value: number | null;
  lower: number | null;
  upper: number | null;
  /** Standard error of the value, for normal-approximation funnels (null for proportions and medians). */
  se: number | null;
}

export const daysPerYear = 365.241;

const finite = (x: number | undefined | null): number | null =>
  x === undefined || x === null || !Number.isFinite(x) ? null : x;

export function proportionCells(cells: CountCell[], { level }: { level: number }): Cell[] {
  return cells.map((cell) => {
    const { numerator: x, denominator: n } = cell;
    const interval = n > 0 ? proportionInterval(x, n, { level, method: "wilson" }) : null;
    return {
      ...cell,
      group: null,
      value: n > 0 ? x / n : null,
      lower: interval ? interval.lower : null,
      upper: interval ? interval.upper : null,
      se: null
    };
  });
}

export function medianCells(units: UnitRows<{ value: number }>[], { level }: { level: number }): Cell[] {
  return units.map(({ rows, ...key }) => {
    const values = rows.map((r) => Number(r.value));
    const result = medianInterval(values, { level });
    return {
      ...key,
      group: null,
      numerator: null,
      denominator: values.length,
      value: finite(result.median),
      lower: finite(result.lower),
      upper: finite(result.upper),
      se: null
    };
  });
}

/**
 * Mean with a normal-approximation interval, from exact count, sum and sum of squares (momentCells):
 * mean ± z·s/√n, s² = (Σx² − (Σx)²/n)/(n − 1).
 */
export function meanCells(moments: MomentCell[], { level }: { level: number }): Cell[] {
  const z = normalQuantile(1 - (1 - level) / 2);
  return moments.map(({ n, sum, sumOfSquares, group, time: _time, ...key }) => {
    const mean = sum / n;
    const variance = n > 1 ? Math.max(0, (sumOfSquares - (sum * sum) / n) / (n - 1)) : NaN;
    const se = n > 1 ? Math.sqrt(variance / n) : null;
    return {
      ...key,
      group,
      numerator: null,
      denominator: n,
      value: mean,
      lower: se === null ? null : mean - z * se,
      upper: se === null ? null : mean + z * se,
      se
    };
  });
}

export interface SurvivalRow {
  time: number;
  event: boolean;
  age: number;
  sex: "male" | "female";
  date: string;
}

export interface LifeTableRow {
  year: number;
  sex: "male" | "female";
  age: number;
  qx: number;
}

export interface CurvePoint {
  time: number;
  estimate: number | null;
  lower: number | null;
  upper: number | null;
  nRisk: number | null;
}

/**
 * Follow-up is cut at the horizon (events after it are censored there), so the k-year value is estimable
 * exactly when someone is followed that long, and no work is spent beyond it. A follow-up of 0 days (death
 * on the day of diagnosis) counts as half a day, the usual convention, because net survival needs positive
 * times.
 *
 * The k-year value is relsurv::rs.surv(..., add.times = horizon) with no other cut point (docs/methods.md
 * #net-survival-grid): relsurv's within-interval sums make a Pohar Perme value depend on every cut point
 * before it, so the curve, cut at each of its own times to follow the estimate between follow-up times, is a
 * separate fit, drawn at any resolution without moving the published value. Its horizon point is that value.
 */
export function survivalCell(
  key: UnitKey,
  rows: SurvivalRow[],
  lifeTable: LifeTableRow[],
  options: { horizonDays: number; method: "pohar-perme" | "ederer2"; level: number; curveTimes?: number[] }
): { cell: Cell; curve: CurvePoint[] | null } {
  const horizon = options.horizonDays;
  const data = rows.map((row) => {
    const time = Math.max(row.time, 0.5);
    return time > horizon ? { ...row, time: horizon, event: false } : { ...row, time };
  });
  const events = data.filter((row) => row.event).length;
  if (!data.some((row) => row.time >= horizon)) return notEstimable(key, events, rows.length);
  const estimate = (times: number[]) =>
    netSurvival(data, lifeTable, { method: options.method, times, level: options.level, conf: "log-log" });
  const [at] = estimate([horizon]);
  const cell: Cell = {
    ...key,
    group: null,
    numerator: events,
    denominator: rows.length,
    value: finite(at.surv),
    lower: finite(at.lower),
    upper: finite(at.upper),
    se: finite(at.se)
  };
  if (!options.curveTimes) return { cell, curve: null };
  const atRisk = atRiskCounter(data);
  const curveTimes = [...new Set([...options.curveTimes, horizon])].sort((a, b) => a - b);
  const curve = estimate(curveTimes).map((row) => {
    const point = row.time === horizon ? at : row;
    return {
      time: row.time,
      estimate: finite(point.surv),
      lower: finite(point.lower),
      upper: finite(point.upper),
      nRisk: atRisk(row.time)
    };
  });
  return { cell, curve };
}

/**
 * Nobody followed for the horizon: the k-year value does not exist, so neither the estimate nor the curve
 * is computed (nothing of it would be published); the counts still are.
 */
function notEstimable(key: UnitKey, events: number, n: number): { cell: Cell; curve: null } {
  return {
    cell: { ...key, group: null, numerator: events, denominator: n, value: null, lower: null, upper: null, se: null },
    curve: null
  };
}

/** n at risk at t: the number of rows followed for at least t days. */
function atRiskCounter(rows: { time: number }[]): (t: number) => number {
  const sorted = rows.map((row) => row.time).sort((a, b) => a - b);
  return (t) => sorted.length - lowerBound(sorted, t);
}

/** The first index whose value is ≥ t, in an ascending array. */
function lowerBound(sorted: number[], t: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function cumulativeIncidenceCell(
  key: UnitKey,
  rows: { time: number; cause: number }[],
  options: { horizonDays: number; level: number; curveTimes?: number[] }
): { cell: Cell; curve: CurvePoint[] | null } {
  const horizon = options.horizonDays;
  const data = rows.map((row) =>
    row.time > horizon ? { time: horizon, cause: 0 } : { time: row.time, cause: row.cause }
  );
  const events = data.filter((row) => row.cause === 1).length;
  if (!data.some((row) => row.time >= horizon)) return notEstimable(key, events, rows.length);
  const curveRows = cumulativeIncidence(data, { level: options.level });
  const at = cumulativeIncidenceAt(curveRows, horizon, 1);
  const cell: Cell = {
    ...key,
    group: null,
    numerator: events,
    denominator: rows.length,
    value: finite(at.estimate),
    lower: at.estimate === 0 ? 0 : finite(at.lower),
    upper: finite(at.upper),
    se: finite(at.se)
  };
  if (!options.curveTimes) return { cell, curve: null };
  const atRisk = atRiskCounter(data);
  const curve = options.curveTimes.map((time) => {
    const point = cumulativeIncidenceAt(curveRows, time, 1);
    return {
      time,
      estimate: finite(point.estimate),
      lower: point.estimate === 0 ? 0 : finite(point.lower),
      upper: finite(point.upper),
      nRisk: atRisk(time)
    };
  });
  return { cell, curve };
}
