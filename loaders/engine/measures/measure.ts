/**
 * What an indicator type is: a Measure. Each type has one module in this folder, named after it
 * (proportion.ts, median-time.ts, …), listed once in index.ts. Everything that depends on the type — the
 * definition's own fields, its SQL, how its cells are computed, the result columns it fills, its funnel,
 * its curves, how its published numbers add up, what its pages say about the method — is read from its
 * measure; no other code tests an indicator's type.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import type { z } from "zod";
import type { ResultRow } from "../../output/resultTables.ts";
import type { UnitKey } from "../aggregate.ts";
import type { CaseMixResult } from "../caseMix.ts";
import type { FunnelKind } from "../funnel.ts";
import type { Bilingual, ContextId, IndicatorVersion, SharedDefinition } from "../indicatorFields.ts";
import type { VersionSql } from "../indicatorSql.ts";
import type { Period } from "../periods.ts";
import { daysPerYear, type Cell, type CurvePoint, type LifeTableRow } from "../unitStatistics.ts";

/**
 * How a type's published numbers add up over units (and so could be differenced): numerator and
 * denominator (proportions), N only, or N and a sum (means).
 */
export type Additivity = "counts" | "denominator" | "sum";

/** What computing one context and version of an indicator over its periods needs. */
export interface MeasureRun<D> {
  connection: DuckDBConnection;
  definition: D;
  context: ContextId;
  version: IndicatorVersion;
  /** The version's final SQL (the measure's own `sql`). */
  sql: VersionSql;
  /** The periods this version is in force for. */
  periods: Period[];
  /** Confidence level of every interval (0.95). */
  confidence: number;
  /** Curve points per year for time-to-event curves. */
  curvePointsPerYear: number;
  /** The population life table (empty unless the measure needs it). */
  lifeTable: LifeTableRow[];
  /** Records a warning for the results' manifest. */
  warn(message: string): void;
  /** Records one unit's curve (or score series); `denominator` decides whether it is suppressed. */
  curve(key: UnitKey, group: string | null, points: CurvePoint[], denominator: number): void;
}

/** A computed cell with its case-mix result (null where the measure has no case mix). */
export interface MeasuredCell extends Cell {
  caseMix: CaseMixResult | null;
}

/** What the explorer can recompute live in the browser: counts, a median, a mean. */
export type LiveKind = "counts" | "median" | "mean";

/** The overview page that draws a type's curves: survival, recurrence or patient-reported outcomes. */
export type CurvePage = "survival" | "recurrence" | "proms";

/** The result columns a measure may fill, beyond denominator, value and its interval (which every type fills). */
export type MeasureColumn = Extract<
  keyof ResultRow,
  | "numerator"
  | "se"
  | "group"
  | "observed"
  | "expected"
  | "oe_ratio"
  | "oe_lower"
  | "oe_upper"
  | "adjusted_value"
  | "oe_z"
  | "oe_flag"
  | "oe_separation"
>;

/** The columns a case-mix result fills (O, E, O/E with its interval and flag, the adjusted rate). */
export const caseMixColumns = [
  "observed",
  "expected",
  "oe_ratio",
  "oe_lower",
  "oe_upper",
  "adjusted_value",
  "oe_z",
  "oe_flag",
  "oe_separation"
] as const satisfies readonly MeasureColumn[];

/** Sections of docs/methods.md (their anchors) an indicator page links to for how its numbers are computed. */
export type MethodSection =
  | "proportions"
  | "medians"
  | "mean-scores"
  | "funnel-limits"
  | "overdispersion"
  | "net-survival"
  | "cumulative-incidence"
  | "case-mix"
  | "coverage"
  | "periods"
  | "target-levels";

/**
 * A population row as disclosure control sees it: whether it is an event (SQL, counted in the numerator),
 * its value (SQL, NaN where the type has none), and the groups the population is split into.
 */
export interface RelationSql {
  event: string;
  value: string;
  groups: (string | null)[];
}

/** The relation of a type whose rows are counted only (a median's or a mean's population). */
export const countedRows = (event = "false", value = "'NaN'::DOUBLE"): RelationSql => ({
  event,
  value,
  groups: [null]
});

/** The facts of indicators.json the method texts are derived from. */
export interface MethodFacts {
  method: string | null;
  caseMix: { covariates: Record<string, string> } | null;
}

export interface Measure<D extends SharedDefinition = SharedDefinition> {
  /** The indicator type: the definition's `type` and this module's file name. */
  readonly type: D["type"];
  /** The whole definition of this type: the shared fields (indicatorFields.ts) and the type's own. */
  readonly schema: z.ZodType<D>;
  /** Unit of measure shown with values when the definition names none. */
  readonly measureUnit: Bilingual;
  /** Whether a version may replace the indicator's event (`versions[].event`). */
  readonly versionEvent: boolean;
  /** Whether its value is the coverage that flags other indicators' low-coverage units. */
  readonly measuresCoverage: boolean;
  /** Whether its cells need the population life table (expected survival). */
  readonly needsLifeTable: boolean;
  /** The result columns its rows fill (beyond denominator, value, lower and upper). */
  readonly columns: readonly MeasureColumn[];
  /** The sections of docs/methods.md that say how its values, intervals and limits are computed. */
  readonly methodSections: readonly MethodSection[];
  /** The funnel its units are assessed in (funnel.ts): binomial, normal approximation, or none. */
  readonly funnel: FunnelKind;
  /** How its published numbers add up over units, so disclosure control knows what can be differenced. */
  readonly additivity: Additivity;
  /** Whether its numerator counts patients (events, deaths, recurrences): small counts of it are sensitive. */
  readonly countsEvents: boolean;
  /** Whether its value is numerator / denominator, so a value printed without its numerator still bounds it. */
  readonly valueIsShare: boolean;
  /** Whether its value and interval are order statistics of the patients' values (a median, its exact interval). */
  readonly orderStatistics: boolean;
  /** Its curves' time points: the grid of `curveTimes` (time to event), its own (a score series), or none. */
  readonly curvePoints: "grid" | "own" | null;
  /** The overview page that draws its curves; null: it has none. */
  readonly curvePage: CurvePage | null;
  /** Its curves' value axis: the whole 0–1 range, or fitted to the values (rare events lie flat on 0–1). */
  readonly curveAxis: "whole" | "fitted" | null;
  /** What the explorer recomputes live from the cohort; null: the explorer does not offer it. */
  readonly live: LiveKind | null;
  /**
   * Whether its change since the previous period competes on the front page's list of the largest changes
   * (a change in days would outrank every change in percentage points).
   */
  readonly frontPageChange: boolean;
  /** The version's final SQL: the shared part (indicatorSql.ts composeSql) and the type's expressions. */
  sql(definition: D, version: IndicatorVersion): VersionSql;
  /** How a row of one of its populations enters the disclosure relations (disclosureRelations.ts). */
  relation(definition: D, sql: VersionSql): RelationSql;
  /** The SELECT list of the example query the indicator page prints (indicatorSql.ts exampleQuery). */
  exampleSelect(sql: VersionSql): string;
  /** The cells of one context and version, every period and level, with their curves and case mix. */
  cells(run: MeasureRun<D>): Promise<MeasuredCell[]>;
  /** The estimator the pages name ("Pohar Perme estimator"); null: the pages name none. */
  estimator(facts: MethodFacts): Bilingual | null;
  /** What the case-mix model adjusts for, as the pages list it ("age, sex, stage and ASA class"); null: none. */
  caseMixCovariates(facts: MethodFacts): Bilingual | null;
}

/** Curves are drawn for the nation, regions and trusts; hospitals are too small for a curve to say much. */
export const drawsCurve = (key: UnitKey): boolean => key.level !== "hospital";

/** The curve's time points: `pointsPerYear` a year up to the horizon, in days (to 3 decimals). */
export function curveTimes(horizonYears: number, pointsPerYear: number): number[] {
  const times: number[] = [];
  for (let k = 0; k <= horizonYears * pointsPerYear; k++)
    times.push(Math.round((k * daysPerYear * 1000) / pointsPerYear) / 1000);
  return times;
}

/** The cells with no case mix. */
export const withoutCaseMix = (cells: Cell[]): MeasuredCell[] => cells.map((cell) => ({ ...cell, caseMix: null }));

export const noText = (): null => null;
