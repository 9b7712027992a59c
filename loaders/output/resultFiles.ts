/**
 * The records of the JSON result files, declared once (docs/results-format.md describes each):
 * units.json (UnitInfo), funnels.json (FunnelRecord) and manifest.json (ResultsManifest). The tables'
 * rows are in resultTables.ts; indicators.json's record is the engine's IndicatorMetadata.
 */
import type { DataQualityReport } from "../extract/dataQuality.ts";
import type { ExtractManifest } from "../extract/manifest.ts";
import type { FunnelAdjustment, UnitLevel } from "./resultTables.ts";

/** A unit of the hierarchy, the nation included (units.json). */
export interface UnitInfo {
  id: string;
  name: string;
  short_name: string;
  level: UnitLevel;
  parent_id: string | null;
}

/** One funnel: the units of one level in one indicator × period × context × group (funnels.json). */
export interface FunnelRecord {
  indicator: string;
  period: string;
  context: string;
  group: string | null;
  unit_level: UnitLevel;
  /** The national value the funnel is centred on. */
  center: number | null;
  adjustment: FunnelAdjustment;
  phi: number | null;
  tau2: number | null;
  /** Units that entered the overdispersion estimate. */
  units: number;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Deterministic order of funnels.json: indicator, period, context, group, level (by name). */
export function compareFunnelRecords(a: FunnelRecord, b: FunnelRecord): number {
  return (
    byText(a.indicator, b.indicator) ||
    byText(a.period, b.period) ||
    byText(a.context, b.context) ||
    byText(a.group ?? "", b.group ?? "") ||
    byText(a.unit_level, b.unit_level)
  );
}

/** The code that computed the results: package.json's version and the git commit (null outside git). */
export interface CodeVersion {
  version: string;
  commit: string | null;
}

/** The engine's settings as manifest.json records them. */
export interface EngineSettings {
  /** Confidence level of every interval. */
  level: number;
  overdispersion: FunnelAdjustment;
  minUnitsForOverdispersion: number;
  curvePointsPerYear: number;
  survivalInterval: "log-log";
  cumulativeIncidenceInterval: "log";
  proportionInterval: "wilson";
  meanInterval: "normal";
  medianInterval: "order-statistic";
}

/** manifest.json: what the results were computed from and with, and a checksum of every file. */
export interface ResultsManifest {
  extract: {
    checksum: string;
    ok: boolean;
    counts: DataQualityReport["counts"];
    manifest: ExtractManifest;
  };
  indicators: { id: string; versions: string[] }[];
  code: CodeVersion;
  engine: EngineSettings;
  /** SHA-256 per file name. */
  files: Record<string, string>;
  warnings: string[];
}
