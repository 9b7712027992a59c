/**
 * The shapes of the data the pages receive from src/data loaders (built by loaders/site/slices.ts).
 * Result rows keep the snake_case column names of results.csv, so what a reader downloads is what the
 * page shows.
 */
export type Text = { nb: string; en: string };

export type UnitLevel = "hospital" | "trust" | "region" | "nation";
export type TargetLevel = "high" | "moderate" | "low";
export type Flag = "alarm-high" | "alarm-low" | "alert-high" | "alert-low";

/**
 * A target ("måltall"), in the same shape as the indicator definitions (loaders/engine/indicatorSchema.ts):
 * one-sided with a high and an optional moderate level (`strict` for "> 90 %"), or a range with an
 * optional wider moderate band.
 */
export type Target =
  | { direction: "higher" | "lower"; high: number; moderate?: number | null; strict?: boolean }
  | { range: [number, number]; moderate?: [number, number] | null };

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

export type IndicatorType = "proportion" | "median-time" | "relative-survival" | "cumulative-incidence" | "mean-score" | "coverage";
export type Context = "treating" | "operating" | "diagnosing" | "residence";

export interface TargetVersion {
  version: string;
  validFrom: number;
  validTo: number | null;
  target: Target | null;
}

export interface IndicatorMeta {
  id: string;
  registry: string;
  title: Text;
  short: Text;
  /** Long description, as HTML rendered from the definition's markdown at build time. */
  long: Text;
  type: IndicatorType;
  /** d3-format specifier for values, e.g. ".0%". */
  format: string;
  /** What the value measures, e.g. "days", for axis labels. */
  measure: Text;
  contexts: Context[];
  defaultContext: Context;
  periodKind: "year" | "rolling3";
  /** The target in force for the latest period. */
  target: Target | null;
  versions: TargetVersion[];
  minDenominator: number;
  coverageThreshold: number;
  /** The council's interpretation per year, HTML rendered from markdown at build time. */
  interpretation: { year: number; text: Text }[];
  sql: { population: string; event: string | null };
}

export interface UnitInfo {
  id: string;
  name: string;
  short_name: string;
  level: UnitLevel;
  parent_id: string | null;
}

export interface IndicatorPageData {
  meta: IndicatorMeta;
  registryName: Text;
  periods: string[];
  /** Which unit levels each context publishes (residence has no hospital level). */
  levels: Partial<Record<Context, UnitLevel[]>>;
  rows: ResultRow[];
  funnels: Funnel[];
  synthetic: boolean;
}

/** What the overview pages need to know of an indicator. */
export type IndicatorSummary = Pick<IndicatorMeta, "id" | "registry" | "title" | "short" | "format" | "target" | "defaultContext" | "contexts" | "type" | "periodKind">;

export interface RegistryPageData {
  registry: { id: string; name: Text };
  indicators: IndicatorSummary[];
  /** Each indicator's rows for its default context, every level, the last few periods. */
  rows: ResultRow[];
  /** Period end years available, ascending. */
  years: number[];
  units: UnitInfo[];
}

export interface UnitIndicator {
  indicator: IndicatorSummary;
  context: Context;
  /** This unit's rows, all periods. */
  rows: ResultRow[];
  /** National rows in the same context, all periods. */
  national: ResultRow[];
}

export interface UnitPageData {
  unit: UnitInfo;
  parents: UnitInfo[];
  children: UnitInfo[];
  indicators: UnitIndicator[];
  registryNames: Record<string, Text>;
}

export interface FrontPageData {
  title: string;
  synthetic: boolean;
  latestYear: number;
  registries: { id: string; name: Text; indicators: IndicatorSummary[]; national: ResultRow[] }[];
  /** Indicators whose national level or value changed most since the previous period. */
  changes: { indicator: IndicatorSummary; row: ResultRow; previousLevel: string | null }[];
}
