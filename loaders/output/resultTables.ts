/**
 * The result tables, declared once: their columns in output order (docs/results-format.md describes each)
 * and their rows — results.arrow/.csv (one row per indicator × version × period × context × group × unit)
 * and curves.arrow/.csv (time-to-event curves and PROM series). The JSON result files' records are in
 * resultFiles.ts.
 */
import { hierarchyLevels, type UnitLevel } from "../extract/tables.ts";
import type { TypedColumn } from "./arrow.ts";

export type { UnitLevel };

/** Goal attainment of a value against its version's target (column `level`). */
export type Attainment = "high" | "moderate" | "low";
/** The side and strength of a funnel outlier: beyond the 99.8 % (alarm) or 95 % (alert) limits. */
export type FunnelFlag = "alarm-high" | "alarm-low" | "alert-high" | "alert-low";
/** The overdispersion adjustment a funnel used (also the policy that chooses it). */
export type FunnelAdjustment = "none" | "additive" | "multiplicative";

export const resultColumns: TypedColumn[] = [
  { name: "indicator", kind: "string" },
  { name: "version", kind: "string" },
  { name: "registry", kind: "string" },
  { name: "period", kind: "string" },
  { name: "period_start", kind: "int32" },
  { name: "period_end", kind: "int32" },
  { name: "context", kind: "string" },
  { name: "unit_id", kind: "string" },
  { name: "unit_level", kind: "string" },
  { name: "unit_name", kind: "string" },
  { name: "unit_short_name", kind: "string" },
  { name: "parent_id", kind: "string" },
  { name: "numerator", kind: "int32" },
  { name: "denominator", kind: "int32" },
  { name: "value", kind: "float64" },
  { name: "lower", kind: "float64" },
  { name: "upper", kind: "float64" },
  { name: "level", kind: "string" },
  { name: "national_value", kind: "float64" },
  { name: "z", kind: "float64" },
  { name: "z_adjusted", kind: "float64" },
  { name: "flag", kind: "string" },
  { name: "funnel_adjustment", kind: "string" },
  { name: "change", kind: "float64" },
  { name: "previous_value", kind: "float64" },
  { name: "preliminary", kind: "boolean" },
  { name: "coverage", kind: "float64" },
  { name: "low_coverage", kind: "boolean" },
  { name: "suppressed", kind: "boolean" },
  { name: "suppression_reason", kind: "string" },
  { name: "observed", kind: "int32" },
  { name: "expected", kind: "float64" },
  { name: "oe_ratio", kind: "float64" },
  { name: "oe_lower", kind: "float64" },
  { name: "oe_upper", kind: "float64" },
  { name: "adjusted_value", kind: "float64" },
  // Added after the agreed columns:
  { name: "group", kind: "string" },
  { name: "type", kind: "string" },
  { name: "se", kind: "float64" },
  { name: "phi", kind: "float64" },
  { name: "tau2", kind: "float64" },
  { name: "oe_z", kind: "float64" },
  { name: "oe_flag", kind: "string" },
  { name: "oe_separation", kind: "string" }
];

export const curveColumns: TypedColumn[] = [
  { name: "indicator", kind: "string" },
  { name: "context", kind: "string" },
  { name: "unit_id", kind: "string" },
  { name: "unit_level", kind: "string" },
  { name: "period", kind: "string" },
  { name: "group", kind: "string" },
  { name: "time", kind: "float64" },
  { name: "estimate", kind: "float64" },
  { name: "lower", kind: "float64" },
  { name: "upper", kind: "float64" },
  { name: "n_risk", kind: "int32" },
  // Added after the agreed columns:
  { name: "suppressed", kind: "boolean" }
];

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
  /** Target attainment (the column keeps its published name). */
  level: Attainment | null;
  national_value: number | null;
  z: number | null;
  z_adjusted: number | null;
  flag: FunnelFlag | null;
  funnel_adjustment: FunnelAdjustment | null;
  change: number | null;
  previous_value: number | null;
  preliminary: boolean;
  coverage: number | null;
  /** Null where the public build does not say (a hidden cell). */
  low_coverage: boolean | null;
  /** Set by the public build (loaders/disclosure/publish.ts); the results files leave every cell unhidden. */
  suppressed: boolean;
  suppression_reason: "min-denominator" | "protected" | null;
  /** Public build only: a protected count published as its band ("1–4"), the numerator then null. */
  numerator_range?: [number, number] | null;
  observed: number | null;
  expected: number | null;
  oe_ratio: number | null;
  oe_lower: number | null;
  oe_upper: number | null;
  adjusted_value: number | null;
  group: string | null;
  type: string;
  se: number | null;
  phi: number | null;
  tau2: number | null;
  oe_z: number | null;
  oe_flag: FunnelFlag | null;
  /** Case-mix covariates the period's model left out because they separated the outcomes, ";"-joined. */
  oe_separation: string | null;
}

export interface CurveRow {
  indicator: string;
  context: string;
  unit_id: string;
  unit_level: UnitLevel;
  period: string;
  group: string | null;
  time: number;
  estimate: number | null;
  lower: number | null;
  upper: number | null;
  n_risk: number | null;
  suppressed: boolean;
}

/** Levels top down: the nation first. */
export const levelRank = (level: UnitLevel): number => hierarchyLevels.indexOf(level);
const compare = (a: string | number | null, b: string | number | null) =>
  a === b ? 0 : a === null ? -1 : b === null ? 1 : a < b ? -1 : 1;

/** Deterministic order: indicator, period (by end then start), context, group, level top down, unit id. */
export function compareResultRows(a: ResultRow, b: ResultRow): number {
  return (
    compare(a.indicator, b.indicator) ||
    compare(a.period_end, b.period_end) ||
    compare(a.period_start, b.period_start) ||
    compare(a.context, b.context) ||
    compare(a.group, b.group) ||
    levelRank(a.unit_level) - levelRank(b.unit_level) ||
    compare(a.unit_id, b.unit_id)
  );
}

export function compareCurveRows(a: CurveRow, b: CurveRow): number {
  return (
    compare(a.indicator, b.indicator) ||
    compare(a.context, b.context) ||
    compare(a.period, b.period) ||
    compare(a.group, b.group) ||
    levelRank(a.unit_level) - levelRank(b.unit_level) ||
    compare(a.unit_id, b.unit_id) ||
    a.time - b.time
  );
}
