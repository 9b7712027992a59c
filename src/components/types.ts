/**
 * The shapes of the data the pages receive from src/data loaders (built by loaders/site/slices.ts).
 * Result rows keep the snake_case column names of results.csv, so what a reader downloads is what the
 * page shows.
 */
export type Text = { nb: string; en: string };

export type UnitLevel = "hospital" | "trust" | "region" | "nation";
export type TargetLevel = "high" | "moderate" | "low";
export type Flag = "alarm-high" | "alarm-low" | "alert-high" | "alert-low";

/** A target: one-sided with a high and (optionally) a moderate level, or a range. */
export type Target =
  | { direction: "higher"; high: number; moderate?: number | null }
  | { direction: "lower"; high: number; moderate?: number | null }
  | { direction: "range"; low: number; high: number; moderateLow?: number | null; moderateHigh?: number | null };

export interface ResultRow {
  indicator: string;
  version: string;
  registry: string;
  period: string;
  period_start: number;
  period_end: number;
  context: string;
  unit_id: string;
  unit_level: UnitLevel;
  unit_name: string;
  unit_short_name: string;
  parent_id: string | null;
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  lower: number | null;
  upper: number | null;
  level: TargetLevel | null;
  national_value: number | null;
  z: number | null;
  z_adjusted: number | null;
  flag: Flag | null;
  change: number | null;
  previous_value: number | null;
  preliminary: boolean;
  coverage: number | null;
  low_coverage: boolean;
  suppressed: boolean;
  suppression_reason: "min-denominator" | "small-count" | "complementary" | null;
}

export interface FunnelLine {
  n: number;
  lower95: number;
  upper95: number;
  lower998: number;
  upper998: number;
}

export interface Funnel {
  period: string;
  context: string;
  unit_level: UnitLevel;
  center: number;
  adjustment: "none" | "multiplicative" | "additive";
  phi: number | null;
  lines: FunnelLine[];
}
