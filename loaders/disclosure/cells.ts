/**
 * What the public knows of one cell (an indicator × period × context × group × unit), as bounds on its
 * counts: the attacker's raw material. A published count is exact; a label bounds it ("fewer than 5
 * patients": N is 0–4; a hidden cell: N is at least the minimum); a coarsened count is its band; a median
 * and its order-statistic interval, printed to a number of decimals, bound how many values lie below each
 * printed number; a low-coverage flag bounds the linked coverage indicator's counts.
 *
 * `qi audit` describes the cells a site publishes this way and hands them to the attacker (attacker.ts).
 * Which cells are protected, and how, is decided from the true counts by the policy (`protectionOf`), never
 * from how a cell is shown.
 */
import { binomialCdf } from "../stats/index.ts";
import type { ContextId } from "../engine/indicatorFields.ts";
import { measureFor } from "../engine/measures/index.ts";
import type { UnitLevel } from "../extract/tables.ts";
import type { IndicatorRules } from "./policy.ts";

export interface Bounds {
  lo: number;
  /** Infinity when there is no upper bound. */
  hi: number;
}

/** "#{values < threshold} ≤ count" (`below`) or "#{values ≤ threshold} ≥ count" (`atOrBelow`). */
export interface OrderStatement {
  kind: "below" | "atOrBelow";
  threshold: number;
  count: number;
}

/** How a protected cell must stay ambiguous. */
export type Protection =
  /** A unit under the minimum denominator: N must keep at least three possible values. */
  | { rule: "min-denominator"; quantity: "n"; values: number }
  /** A small count: the attacker's range of it must contain the whole band. */
  | { rule: "small-count"; quantity: "x" | "complement"; band: [number, number] };

/** How a cell is shown: every number, a band, "fewer than N patients", or hidden. */
export type Mark = "published" | "coarsened" | "fewer-than" | "hidden";

export interface KnownCell {
  id: string;
  indicator: string;
  group: string | null;
  period: string;
  start: number;
  end: number;
  context: ContextId;
  unit: string;
  level: UnitLevel;
  mark: Mark;
  /** What the attacker knows of N. */
  n: Bounds;
  /** What the attacker knows of the numerator (null: the type has none, or nothing is known). */
  x: Bounds | null;
  /** A median's order statements (empty for other types or hidden cells). */
  order: OrderStatement[];
  /** The linked coverage indicator is under its threshold (true), at or over it (false), or not shown (null). */
  lowCoverage: boolean | null;
}

export const cellId = (c: { indicator: string; group: string | null; period: string; context: string; unit: string }) =>
  `${c.indicator}|${c.group ?? ""}|${c.period}|${c.context}|${c.unit}`;

export const exact = (value: number): Bounds => ({ lo: value, hi: value });

/**
 * The protection a cell needs under its indicator's rules, from its true counts (null: none). A unit under
 * the minimum denominator is protected by that rule alone; otherwise a small count of events (and, under
 * `events-and-complements`, of patients without the event) is.
 */
export function protectionOf(
  truth: { n: number; x: number | null },
  rules: Pick<IndicatorRules, "minDenominator" | "smallCounts" | "range">,
  countsEvents: boolean
): Protection | null {
  if (truth.n < rules.minDenominator) return { rule: "min-denominator", quantity: "n", values: 3 };
  if (!countsEvents || truth.x === null || rules.smallCounts === "none") return null;
  const [lo, hi] = rules.range;
  if (truth.x >= lo && truth.x <= hi) return { rule: "small-count", quantity: "x", band: [lo, hi] };
  const complement = truth.n - truth.x;
  if (rules.smallCounts === "events-and-complements" && complement >= lo && complement <= hi)
    return { rule: "small-count", quantity: "complement", band: [lo, hi] };
  return null;
}

/**
 * The rank j of the order statistics bounding a median's interval (loaders/stats/medianInterval.ts): the
 * smallest j with P(B ≤ j) ≥ α/2, B ~ Bin(n, ½); 0 when no distribution-free interval reaches the level.
 */
export function medianRank(n: number, level: number): number {
  const tail = (1 - level) / 2;
  let below = -1;
  let j = Math.floor(n / 2);
  while (j - below > 1) {
    const mid = Math.floor((below + j) / 2);
    if (binomialCdf(mid, n, 0.5) >= tail) j = mid;
    else below = mid;
  }
  return j;
}

/**
 * What a published median, its interval and N say about the values: each printed number t (true value
 * within t ± eps) is an order statistic, so at most so many values lie below it and at least so many at or
 * below it.
 */
export function orderStatements(
  n: number,
  printed: { median: number | null; lower: number | null; upper: number | null },
  { level, eps }: { level: number; eps: number }
): OrderStatement[] {
  const out: OrderStatement[] = [];
  const rank = (t: number | null, k: number) => {
    if (t === null || !Number.isFinite(t)) return;
    // x_(k) = t: fewer than k values below it, at least k at or below it.
    out.push({ kind: "below", threshold: t - eps, count: k - 1 });
    out.push({ kind: "atOrBelow", threshold: t + eps, count: k });
  };
  const j = medianRank(n, level);
  if (j > 0) {
    rank(printed.lower, j);
    rank(printed.upper, n - j + 1);
  }
  if (printed.median !== null && Number.isFinite(printed.median)) {
    if (n % 2 === 1) rank(printed.median, (n + 1) / 2);
    else {
      // The mean of x_(n/2) and x_(n/2+1): the lower one is at or below it, the upper one at or above.
      out.push({ kind: "atOrBelow", threshold: printed.median + eps, count: n / 2 });
      out.push({ kind: "below", threshold: printed.median - eps, count: n / 2 });
    }
  }
  return out;
}

/** Half a unit in the last printed decimal of a d3 format (".1%" prints 0.1 percentage points). */
export function printedHalfWidth(format: string): number {
  const match = /\.(\d+)([%fe]?)/.exec(format);
  const decimals = match ? Number(match[1]) : 0;
  const percent = match?.[2] === "%";
  return 0.5 * 10 ** -(decimals + (percent ? 2 : 0));
}

/** Rounds a value to the decimals a format prints (what the public site writes). */
export function roundPrinted(value: number | null, format: string): number | null {
  if (value === null || !Number.isFinite(value)) return value;
  const match = /\.(\d+)([%fe]?)/.exec(format);
  const decimals = (match ? Number(match[1]) : 0) + (match?.[2] === "%" ? 2 : 0);
  return Number(value.toFixed(decimals));
}

/** The columns of a published row the attacker reads (a page row, a line of published.csv). */
export interface PublishedFacts {
  indicator: string;
  group: string | null;
  period: string;
  period_start: number;
  period_end: number;
  context: string;
  unit_id: string;
  unit_level: UnitLevel;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  lower: number | null;
  upper: number | null;
  suppressed: boolean;
  suppression_reason: string | null;
  numerator_range: [number, number] | null;
  low_coverage: boolean | null;
}

/** What a published row tells the attacker, for an indicator of the given type and printed format. */
export function describePublished(
  row: PublishedFacts,
  indicator: { type: string; format: string; coverage: unknown },
  { minDenominator, level }: { minDenominator: number; level: number }
): KnownCell {
  const base = {
    id: cellId({ ...row, unit: row.unit_id }),
    indicator: row.indicator,
    group: row.group,
    period: row.period,
    start: row.period_start,
    end: row.period_end,
    context: row.context as ContextId,
    unit: row.unit_id,
    level: row.unit_level,
    order: [] as OrderStatement[],
    lowCoverage: null as boolean | null
  };
  if (row.suppressed && row.suppression_reason === "min-denominator")
    return { ...base, mark: "fewer-than", n: { lo: 0, hi: minDenominator - 1 }, x: null };
  if (row.suppressed || row.denominator === null)
    return { ...base, mark: "hidden", n: { lo: minDenominator, hi: Infinity }, x: null };
  const n = row.denominator;
  const lowCoverage = indicator.coverage ? (row.low_coverage ?? null) : null;
  if (row.numerator_range)
    return {
      ...base,
      mark: "coarsened",
      n: exact(n),
      x: { lo: row.numerator_range[0], hi: row.numerator_range[1] },
      lowCoverage
    };
  let x: Bounds | null = row.numerator === null ? null : exact(row.numerator);
  // A proportion printed without its numerator still bounds it.
  if (x === null && row.value !== null && measureFor(indicator.type).valueIsShare) {
    const eps = printedHalfWidth(indicator.format);
    x = {
      lo: Math.max(0, Math.ceil((row.value - eps) * n - 1e-9)),
      hi: Math.min(n, Math.floor((row.value + eps) * n + 1e-9))
    };
  }
  const order = measureFor(indicator.type).orderStatistics
    ? orderStatements(
        n,
        { median: row.value, lower: row.lower, upper: row.upper },
        { level, eps: printedHalfWidth(indicator.format) }
      )
    : [];
  return { ...base, mark: "published", n: exact(n), x, order, lowCoverage };
}
