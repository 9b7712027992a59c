/**
 * What computing an indicator needs beside its definition: a DuckDB connection with the cohort views, the
 * extract's dates, the units, the life table, the statistical options and the coverage values. compute.ts
 * makes one Engine per worker connection.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import type { FunnelAdjustment } from "../output/resultTables.ts";
import type { UnitInfo } from "../output/resultFiles.ts";
import type { CatalogueEntry } from "./catalogue.ts";
import type { ContextId } from "./indicatorFields.ts";
import type { LifeTableRow } from "./unitStatistics.ts";

export interface EngineOptions {
  /** Confidence level of every interval (default 0.95). */
  confidence: number;
  /** The overdispersion adjustment of proportion funnels, when the units are overdispersed. */
  overdispersion: FunnelAdjustment;
  /** Fewest units at a level for estimating overdispersion. */
  minUnitsForOverdispersion: number;
  /** Curve points per year for time-to-event curves. */
  curvePointsPerYear: number;
}

export const defaultEngineOptions: EngineOptions = {
  confidence: 0.95,
  overdispersion: "additive",
  minUnitsForOverdispersion: 5,
  curvePointsPerYear: 12
};

export interface ExtractInfo {
  firstYear: number;
  lastYear: number;
  /** ISO date; periods ending after it are preliminary. */
  affirmDate: string;
  extractDate: string;
}

export interface Engine {
  connection: DuckDBConnection;
  extract: ExtractInfo;
  units: Map<string, UnitInfo>;
  lifeTable: LifeTableRow[];
  options: EngineOptions;
  /** Coverage value per `${period}|${unitLevel}|${unitId}` for an indicator id, context and period kind. */
  coverage: (entry: CatalogueEntry, context: ContextId) => Promise<Map<string, number>>;
}

/** The nation as a unit: the root of every hierarchy, not a row of the extract's units table. */
export const nationUnit: UnitInfo = {
  id: "nation",
  name: "Norge",
  short_name: "Norge",
  level: "nation",
  parent_id: null
};
