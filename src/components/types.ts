/**
 * The shapes of the data the pages receive from the src/data loaders (cut by loaders/pages/slices/).
 * Result rows keep the snake_case column names of results.csv (docs/results-format.md), so what a reader
 * downloads is what the page shows; a page row carries only the columns the pages use.
 */
import type { ResultRow as FullResultRow, CurveRow as FullCurveRow } from "../../loaders/output/resultTables.ts";
import type { Target as DefinitionTarget } from "../../loaders/engine/indicatorSchema.ts";
import type { pageRowColumns } from "../../loaders/pages/pageRows.ts";
import type { FunnelLine } from "../../loaders/pages/funnelLines.ts";
import type { UnitInfo } from "../../loaders/engine/computeIndicator.ts";

export type { FunnelLine, UnitInfo };

export type Text = { nb: string; en: string };

export type UnitLevel = FullResultRow["unit_level"];
export type TargetLevel = NonNullable<FullResultRow["level"]>;
export type Flag = NonNullable<FullResultRow["flag"]>;
export type Target = DefinitionTarget;

export type ResultRow = Pick<FullResultRow, (typeof pageRowColumns)[number]>;

export type CurveRow = Pick<
  FullCurveRow,
  | "indicator"
  | "context"
  | "unit_id"
  | "unit_level"
  | "period"
  | "group"
  | "time"
  | "estimate"
  | "lower"
  | "upper"
  | "n_risk"
>;

export interface Funnel {
  period: string;
  context: string;
  group: string | null;
  unit_level: UnitLevel;
  center: number;
  adjustment: "none" | "multiplicative" | "additive";
  phi: number | null;
  lines: FunnelLine[];
}

export type IndicatorType =
  "proportion" | "median-time" | "relative-survival" | "cumulative-incidence" | "mean-score" | "coverage";
export type Context = "treating" | "operating" | "diagnosing" | "residence";

export interface TargetVersion {
  version: string;
  validFrom: number;
  validTo: number | null;
  target: Target | null;
  note: Text | null;
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
  /** Groups of a grouped indicator (e.g. treatment for a PROM), or null. */
  groups: { id: string; label: Text }[] | null;
  /** The target in force for the latest period. */
  target: Target | null;
  versions: TargetVersion[];
  minDenominator: number;
  coverageThreshold: number | null;
  /** Case-mix adjusted: the results carry observed/expected ratios. */
  caseMix: boolean;
  horizonYears: number | null;
  /** The council's interpretation per year, HTML rendered from markdown at build time. */
  interpretation: { year: number; text: Text }[];
  sql: { population: string; event: string | null };
}

/** What the overview pages need to know of an indicator. */
export type IndicatorSummary = Pick<
  IndicatorMeta,
  | "id"
  | "registry"
  | "title"
  | "short"
  | "format"
  | "target"
  | "defaultContext"
  | "contexts"
  | "type"
  | "periodKind"
  | "groups"
  | "versions"
>;

export interface RegistryPageData {
  registry: { id: string; name: Text };
  indicators: IndicatorSummary[];
  /** Each indicator's rows for its default context, every level, the last periods. */
  rows: ResultRow[];
  /** Period end years available, ascending. */
  years: number[];
  /** The year shown first: the latest with a confirmed national result. */
  defaultYear: number | null;
  units: UnitInfo[];
}
