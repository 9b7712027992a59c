/**
 * The council's view of every unit at once (the indicator page's comparison section): which units of a
 * level a filter keeps in a period, and the rule for "changed significantly since the previous period"
 * (docs/methods.md#change-between-periods). Pure, so each filter is tested against hand-made rows.
 */
import type { ResultRow } from "./types.js";

/** The filters, in the order offered; "" keeps every unit. */
export const comparisonFilters = ["", "below-target", "outside-95", "outside-998", "changed"] as const;
export type ComparisonFilter = (typeof comparisonFilters)[number];

/** The orders of the small multiples. */
export const comparisonOrders = ["value", "name"] as const;
export type ComparisonOrder = (typeof comparisonOrders)[number];

type Row = Pick<
  ResultRow,
  "unit_id" | "period" | "period_start" | "period_end" | "value" | "lower" | "upper" | "level" | "flag" | "suppressed"
>;

/** 1.96: the two-sided 5 % level of the change test. */
const z95 = 1.959963984540054;

const shown = (r: Row | undefined): r is Row & { value: number } => !!r && !r.suppressed && r.value !== null;

/**
 * Whether a unit's value changed significantly from `before` (the same unit one year earlier): the
 * difference exceeds 1.96 standard errors of the difference, each period's standard error taken from its
 * 95 % interval (half its width over 1.96), the periods treated as independent. Null when either period
 * has no published value or interval.
 */
export function changedSignificantly(now: Row | undefined, before: Row | undefined): boolean | null {
  if (!shown(now) || !shown(before)) return null;
  if (now.lower === null || now.upper === null || before.lower === null || before.upper === null) return null;
  const se = (r: Row) => ((r.upper as number) - (r.lower as number)) / (2 * z95);
  const pooled = Math.hypot(se(now), se(before));
  if (pooled === 0) return now.value !== before.value;
  return Math.abs(now.value - before.value) / pooled > z95;
}

/** Does the unit's row in the period pass the filter? A hidden result passes none but "". */
export function passes(filter: ComparisonFilter, now: Row | undefined, before: Row | undefined): boolean {
  if (filter === "") return true;
  if (!shown(now)) return false;
  switch (filter) {
    case "below-target":
      // Short of high attainment: moderate or low.
      return now.level === "moderate" || now.level === "low";
    case "outside-95":
      return now.flag !== null;
    case "outside-998":
      return now.flag === "alarm-high" || now.flag === "alarm-low";
    case "changed":
      return changedSignificantly(now, before) === true;
  }
}

/** The ids of the units (of the rows given: one level, one context) whose row in `period` passes. */
export function filterUnits(rows: readonly Row[], period: string, filter: ComparisonFilter): Set<string> {
  const at = rows.filter((r) => r.period === period);
  const key = (unit: string, start: number, end: number) => `${unit}|${start}|${end}`;
  const byKey = new Map(rows.map((r) => [key(r.unit_id, r.period_start, r.period_end), r]));
  const units = new Set(rows.map((r) => r.unit_id));
  return new Set(
    [...units].filter((unit) => {
      const now = at.find((r) => r.unit_id === unit);
      const before = now ? byKey.get(key(unit, now.period_start - 1, now.period_end - 1)) : undefined;
      return passes(filter, now, before);
    })
  );
}
