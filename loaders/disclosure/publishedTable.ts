/**
 * data/published.csv: every cell the public build publishes, in one tidy table (docs/disclosure.md, "Open
 * data"). A hidden cell is a row with its mark and no number; a coarsened count has its band in
 * numerator_low and numerator_high. The pages' downloads are subsets of it.
 */
import type { ResultRow } from "../output/resultTables.ts";
import { rowsToCsv } from "../output/csv.ts";

export const publishedColumns = [
  "indicator",
  "period",
  "period_start",
  "period_end",
  "context",
  "group",
  "unit_id",
  "unit_level",
  "unit_name",
  "numerator",
  "numerator_low",
  "numerator_high",
  "denominator",
  "value",
  "lower",
  "upper",
  "level",
  "mark",
  "low_coverage",
  "preliminary"
] as const;

/** How a row is shown: published, coarsened (a band), fewer-than (under the minimum denominator), hidden. */
export function markOf(row: Pick<ResultRow, "suppressed" | "suppression_reason" | "numerator_range">): string {
  if (row.suppressed) return row.suppression_reason === "min-denominator" ? "fewer-than" : "hidden";
  return row.numerator_range ? "coarsened" : "published";
}

const levelRank = { nation: 0, region: 1, trust: 2, hospital: 3 } as const;

export function publishedTable(rows: ResultRow[]): string {
  const sorted = [...rows].sort(
    (a, b) =>
      (a.indicator < b.indicator ? -1 : a.indicator > b.indicator ? 1 : 0) ||
      a.period_end - b.period_end ||
      a.period_start - b.period_start ||
      (a.context < b.context ? -1 : a.context > b.context ? 1 : 0) ||
      ((a.group ?? "") < (b.group ?? "") ? -1 : (a.group ?? "") > (b.group ?? "") ? 1 : 0) ||
      levelRank[a.unit_level] - levelRank[b.unit_level] ||
      (a.unit_id < b.unit_id ? -1 : a.unit_id > b.unit_id ? 1 : 0)
  );
  return rowsToCsv(
    publishedColumns.map((name) => ({ name })),
    sorted.map((r) => ({
      ...r,
      numerator_low: r.numerator_range?.[0] ?? null,
      numerator_high: r.numerator_range?.[1] ?? null,
      mark: markOf(r)
    }))
  );
}
