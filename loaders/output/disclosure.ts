/**
 * Disclosure control for the public build (BRIEF, "Disclosure control"):
 * 1. primary suppression: a unit whose denominator is under the indicator's minimum shows "too few to
 *    show"; a cell whose count of patients with or without the event is 1–4 is hidden ("small count");
 * 2. complementary suppression, repeated until nothing changes: no hidden cell may be recovered by
 *    differencing published totals — a parent minus its other children, a suppressed parent as the sum
 *    of its children — nor read off the same unit in another attribution context with the same counts;
 * 3. publication: hidden cells carry no number at all (value, interval, counts, z, level), no row
 *    carries the change from, or the value of, a hidden previous period, and where the nation's cell is
 *    hidden no row carries the national value or anything measured against it (z, funnel flag,
 *    risk-adjusted rate).
 * The engine flags cells; this pass decides what the public may see and is what the attacker test checks.
 */

export type SuppressionReason = "min-denominator" | "small-count" | "complementary";

/** The columns disclosure control reads and writes (a results.csv row has them all). */
export interface DisclosureRow {
  indicator: string;
  /** Grouped indicators (e.g. a PROM by treatment) form one table per group. */
  group?: string | null;
  period: string;
  period_end: number;
  context: string;
  unit_id: string;
  unit_level: "hospital" | "trust" | "region" | "nation";
  parent_id: string | null;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  suppressed: boolean;
  suppression_reason: SuppressionReason | null;
}

/**
 * How an indicator's counts can be differenced: numerator and denominator (proportions), N only, or N and a sum
 * (means).
 */
export type Additivity = "counts" | "denominator" | "sum";

export interface DisclosureRules {
  minDenominator: number;
  additivity: Additivity;
}

/** The columns blanked on a hidden row. */
const hiddenColumns = [
  "numerator",
  "denominator",
  "value",
  "lower",
  "upper",
  "level",
  "z",
  "z_adjusted",
  "flag",
  "change",
  "previous_value",
  "observed",
  "expected",
  "oe_ratio",
  "oe_lower",
  "oe_upper",
  "adjusted_value",
  "se",
  "oe_z",
  "oe_flag"
] as const;

const isSmallCount = (count: number | null) => count !== null && count >= 1 && count <= 4;

const sameCounts = (a: DisclosureRow, b: DisclosureRow) =>
  a.numerator === b.numerator && a.denominator === b.denominator;

function primaryReason(row: DisclosureRow, rules: DisclosureRules): SuppressionReason | null {
  if (row.denominator === null || row.denominator < rules.minDenominator) return "min-denominator";
  if (row.numerator === null) return null;
  // Every numerator is a count of patients (events, deaths by the horizon); only for counted indicators
  // is the complement one too (for survival, N − deaths also holds the censored).
  if (isSmallCount(row.numerator)) return "small-count";
  if (rules.additivity === "counts" && isSmallCount(row.denominator - row.numerator)) return "small-count";
  return null;
}

/** The unit one level up, as the hierarchy of results sees it (regions roll up to the nation). */
export function parentOf(row: Pick<DisclosureRow, "unit_level" | "parent_id">): string | null {
  if (row.unit_level === "nation") return null;
  if (row.unit_level === "region") return "nation";
  return row.parent_id;
}

export const cellKey = (r: Pick<DisclosureRow, "indicator" | "group" | "period" | "context" | "unit_id">) =>
  `${r.indicator}|${r.group ?? ""}|${r.period}|${r.context}|${r.unit_id}`;

/** One table: the cells of an indicator, group, period and context, nation down to hospitals. */
export const tableKey = (r: Pick<DisclosureRow, "indicator" | "group" | "period" | "context">) =>
  `${r.indicator}|${r.group ?? ""}|${r.period}|${r.context}`;

/** Columns every row of a table derives from the nation's cell: gone when that cell is hidden. */
const nationalColumns = ["national_value", "z", "z_adjusted", "flag", "adjusted_value"] as const;

/**
 * Decides which cells are hidden. Returns a map from row index to the reason (rows not in it are published).
 * Rows of several indicators may be mixed; `rulesFor` gives each indicator's rules.
 */
export function suppressionPlan<R extends DisclosureRow>(
  rows: R[],
  rulesFor: (indicator: string) => DisclosureRules
): Map<number, SuppressionReason> {
  const plan = new Map<number, SuppressionReason>();
  rows.forEach((row, i) => {
    const reason = row.suppressed
      ? (row.suppression_reason ?? "min-denominator")
      : primaryReason(row, rulesFor(row.indicator));
    if (reason) plan.set(i, reason);
  });

  // Families: a parent and its children within one indicator, period and context.
  const byCell = new Map<string, number>();
  rows.forEach((row, i) => byCell.set(cellKey(row), i));
  const families = new Map<number, number[]>();
  rows.forEach((row, i) => {
    const parent = parentOf(row);
    if (parent === null) return;
    const p = byCell.get(cellKey({ ...row, unit_id: parent }));
    if (p === undefined) return;
    const list = families.get(p) ?? [];
    list.push(i);
    families.set(p, list);
  });
  // The same unit, period and indicator in every attribution context.
  const acrossContexts = new Map<string, number[]>();
  rows.forEach((row, i) => {
    const key = `${row.indicator}|${row.group ?? ""}|${row.period}|${row.unit_id}`;
    const list = acrossContexts.get(key) ?? [];
    list.push(i);
    acrossContexts.set(key, list);
  });

  const size = (i: number) => rows[i].denominator ?? 0;
  let changed = true;
  while (changed) {
    changed = false;
    const hide = (i: number) => {
      if (!plan.has(i)) {
        plan.set(i, "complementary");
        changed = true;
      }
    };
    for (const [parent, children] of families) {
      const hidden = children.filter((c) => plan.has(c));
      const shown = children
        .filter((c) => !plan.has(c))
        .sort((a, b) => size(a) - size(b) || rows[a].unit_id.localeCompare(rows[b].unit_id));
      // One hidden child beside a published parent: parent minus the others would give it away, so hide
      // the smallest sibling too, or the parent itself when the child has no sibling.
      if (hidden.length === 1 && !plan.has(parent)) hide(shown.length > 0 ? shown[0] : parent);
      // A hidden parent whose children are all published is their sum.
      if (plan.has(parent) && hidden.length === 0 && shown.length > 0) hide(shown[0]);
    }
    // The same unit in another attribution context gives a hidden cell away when it holds the same
    // patients' counts (an operating and a treating hospital are often one and the same).
    for (const group of acrossContexts.values()) {
      for (const i of group) {
        if (!plan.has(i)) continue;
        for (const j of group) if (j !== i && sameCounts(rows[i], rows[j])) hide(j);
      }
    }
  }
  return plan;
}

/**
 * The rows as the public may see them: hidden cells flagged with their reason and emptied of every number,
 * and change/previous value removed wherever the previous period is hidden.
 */
export function protectForPublication<
  R extends DisclosureRow & { previous_value?: number | null; change?: number | null }
>(rows: R[], rulesFor: (indicator: string) => DisclosureRules): R[] {
  const plan = suppressionPlan(rows, rulesFor);
  const hiddenCells = new Set([...plan.keys()].map((i) => cellKey(rows[i])));
  const hiddenNation = new Set(
    [...plan.keys()].filter((i) => rows[i].unit_level === "nation").map((i) => tableKey(rows[i]))
  );
  // The previous period of each row, to drop changes measured from a hidden value.
  const periodsOf = new Map<string, { period: string; end: number }[]>();
  for (const row of rows) {
    const key = `${row.indicator}|${row.group ?? ""}|${row.context}|${row.unit_id}`;
    const list = periodsOf.get(key) ?? [];
    list.push({ period: row.period, end: row.period_end });
    periodsOf.set(key, list);
  }
  return rows.map((row, i) => {
    const reason = plan.get(i);
    const out = { ...row } as unknown as Record<string, unknown>;
    if (hiddenNation.has(tableKey(row))) for (const column of nationalColumns) if (column in out) out[column] = null;
    if (reason) {
      for (const column of hiddenColumns) if (column in out) out[column] = null;
      out.suppressed = true;
      out.suppression_reason = reason;
      return out as R;
    }
    const previous = (periodsOf.get(`${row.indicator}|${row.group ?? ""}|${row.context}|${row.unit_id}`) ?? [])
      .filter((p) => p.end < row.period_end)
      .sort((a, b) => b.end - a.end)[0];
    if (previous && hiddenCells.has(cellKey({ ...row, period: previous.period }))) {
      if ("change" in out) out.change = null;
      if ("previous_value" in out) out.previous_value = null;
    }
    return out as R;
  });
}
