/**
 * The result columns the pages use: a page row is a results.csv row cut to these (the rest stay in the
 * full results files), with numbers rounded to what any reader could need (the public build has already
 * rounded them to what the pages print). The linked coverage value is left out (only its low-coverage flag
 * is shown): it is another indicator's cell, which may be hidden.
 */
import type { ResultRow } from "../output/resultTables.ts";

export const pageRowColumns = [
  "indicator",
  "period",
  "period_start",
  "period_end",
  "context",
  "group",
  "unit_id",
  "unit_level",
  "unit_name",
  "unit_short_name",
  "parent_id",
  "numerator",
  "denominator",
  "value",
  "lower",
  "upper",
  "level",
  "national_value",
  "z",
  "flag",
  "funnel_adjustment",
  "change",
  "preliminary",
  "low_coverage",
  "suppressed",
  "suppression_reason",
  "numerator_range",
  "observed",
  "expected",
  "oe_ratio",
  "oe_lower",
  "oe_upper",
  "oe_flag",
  "adjusted_value"
] as const satisfies readonly (keyof ResultRow)[];

export type PageRow = Pick<ResultRow, (typeof pageRowColumns)[number]>;

/** Rounds to 6 significant digits: far below what a page shows (0.1 percentage point), far smaller files. */
export function roundForPage(value: number | null): number | null {
  return value === null || !Number.isFinite(value) ? value : Number(value.toPrecision(6));
}

/** A results row cut to `columns`, its fractions rounded. */
export function cutRow<C extends keyof ResultRow>(row: ResultRow, columns: readonly C[]): Pick<ResultRow, C> {
  const out: Record<string, unknown> = {};
  for (const column of columns) {
    const value = row[column];
    out[column] = typeof value === "number" && !Number.isInteger(value) ? roundForPage(value) : value;
  }
  return out as Pick<ResultRow, C>;
}

export const pageRow = (row: ResultRow): PageRow => cutRow(row, pageRowColumns);
