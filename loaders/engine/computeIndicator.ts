/**
 * One indicator, every version, period, context, group and unit: cells from DuckDB and the statistics
 * (unitStatistics.ts, caseMix.ts), then what compares and flags them — national value, target level,
 * funnel, change since the previous period, preliminary and coverage flags, disclosure control.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import type { UnitKey } from "./aggregate.ts";
import type { CatalogueEntry } from "./catalogue.ts";
import { contextLevels, type UnitLevel } from "./contexts.ts";
import { disclosureControl } from "./disclosure.ts";
import { assessFunnel, type FunnelSummary, type OverdispersionPolicy } from "./funnel.ts";
import type { ContextId, IndicatorVersion } from "./indicatorFields.ts";
import type { IndicatorDefinition } from "./indicatorSchema.ts";
import type { VersionSql } from "./indicatorSql.ts";
import { periodsFor, previousPeriod, versionFor, type Period } from "./periods.ts";
import { targetLevel } from "./targetLevel.ts";
import { measureOf, versionSql } from "./measures/index.ts";
import type { MeasuredCell } from "./measures/measure.ts";
import type { CurvePoint, LifeTableRow } from "./unitStatistics.ts";
import type { CurveRow, ResultRow } from "../output/resultTables.ts";

export interface UnitInfo {
  id: string;
  name: string;
  short_name: string;
  level: UnitLevel;
  parent_id: string | null;
}

export interface EngineOptions {
  /** Confidence level of every interval (default 0.95). */
  level: number;
  overdispersion: OverdispersionPolicy;
  /** Fewest units at a level for estimating overdispersion. */
  minUnitsForOverdispersion: number;
  /** Curve points per year for time-to-event curves. */
  curvePointsPerYear: number;
}

export const defaultEngineOptions: EngineOptions = {
  level: 0.95,
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

export interface EngineContext {
  connection: DuckDBConnection;
  extract: ExtractInfo;
  units: Map<string, UnitInfo>;
  lifeTable: LifeTableRow[];
  options: EngineOptions;
  /** Coverage value per `${period}|${level}|${unitId}` for an indicator id, context and period kind. */
  coverage: (entry: CatalogueEntry, context: ContextId) => Promise<Map<string, number>>;
}

export interface FunnelRecord {
  indicator: string;
  period: string;
  context: string;
  group: string | null;
  unit_level: UnitLevel;
  center: number | null;
  adjustment: FunnelSummary["adjustment"];
  phi: number | null;
  tau2: number | null;
  units: number;
}

export interface IndicatorResults {
  rows: ResultRow[];
  curves: CurveRow[];
  funnels: FunnelRecord[];
  warnings: string[];
}

/** The periods an indicator publishes, each with its version in force. */
export function indicatorPeriods(
  definition: IndicatorDefinition,
  extract: Pick<ExtractInfo, "firstYear" | "lastYear">
): { period: Period; version: IndicatorVersion }[] {
  return periodsFor(definition.period, extract.firstYear, extract.lastYear).flatMap((period) => {
    const version = versionFor(definition.versions, period);
    return version ? [{ period, version }] : [];
  });
}

/** Periods grouped by version, each version with its SQL. */
function versionGroups(
  definition: IndicatorDefinition,
  extract: ExtractInfo
): { version: IndicatorVersion; sql: VersionSql; periods: Period[] }[] {
  const groups = new Map<number, { version: IndicatorVersion; sql: VersionSql; periods: Period[] }>();
  for (const { period, version } of indicatorPeriods(definition, extract)) {
    let group = groups.get(version.version);
    if (!group) groups.set(version.version, (group = { version, sql: versionSql(definition, version), periods: [] }));
    group.periods.push(period);
  }
  return [...groups.values()];
}

interface WorkingCell extends MeasuredCell {
  context: ContextId;
  version: IndicatorVersion;
  periodInfo: Period;
}

/** Computes every result row and curve of one indicator. */
export async function computeIndicator(engine: EngineContext, entry: CatalogueEntry): Promise<IndicatorResults> {
  const definition = entry.definition;
  const measure = measureOf(definition);
  const warnings: string[] = [];
  const working: WorkingCell[] = [];
  const curveRows: CurveRow[] = [];
  for (const context of definition.contexts) {
    for (const { version, sql, periods } of versionGroups(definition, engine.extract)) {
      const addCurve = (key: UnitKey, group: string | null, points: CurvePoint[], denominator: number) => {
        for (const p of points) {
          const row: CurveRow = {
            indicator: definition.id,
            context,
            unit_id: key.unitId,
            unit_level: key.level,
            period: key.period,
            group,
            time: p.time,
            estimate: p.estimate,
            lower: p.lower,
            upper: p.upper,
            n_risk: p.nRisk,
            suppressed: denominator < definition.minDenominator
          };
          curveRows.push(row);
        }
      };
      let measured: MeasuredCell[];
      try {
        measured = await measure.cells({
          connection: engine.connection,
          definition,
          context,
          version,
          sql,
          periods,
          confidence: engine.options.level,
          curvePointsPerYear: engine.options.curvePointsPerYear,
          lifeTable: engine.lifeTable,
          warn: (message) => warnings.push(message),
          curve: addCurve
        });
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        throw new Error(
          `${entry.file}: computing ${definition.id} (version ` +
            `${version.version}, context ${context}) failed: ${message}`,
          { cause: error }
        );
      }
      const byLabel = new Map(periods.map((p) => [p.label, p]));
      for (const cell of measured) working.push({ ...cell, context, version, periodInfo: byLabel.get(cell.period)! });
    }
  }
  const rows = await finishRows(engine, entry, working);
  return { rows: rows.rows, curves: curveRows, funnels: rows.funnels, warnings };
}

async function finishRows(
  engine: EngineContext,
  entry: CatalogueEntry,
  cells: WorkingCell[]
): Promise<{ rows: ResultRow[]; funnels: FunnelRecord[] }> {
  const definition = entry.definition;
  const measure = measureOf(definition);
  const rows: ResultRow[] = [];
  const funnels: FunnelRecord[] = [];
  // Tables: context × period × group.
  const tables = new Map<string, WorkingCell[]>();
  for (const cell of cells) {
    const key = `${cell.context}|${cell.period}|${cell.group ?? ""}`;
    let list = tables.get(key);
    if (!list) tables.set(key, (list = []));
    list.push(cell);
  }
  const valueOf = new Map<string, number | null>();
  for (const cell of cells)
    valueOf.set(`${cell.context}|${cell.group ?? ""}|${cell.period}|${cell.unitId}`, cell.value);
  const coverageByContext = new Map<ContextId, Map<string, number>>();
  if (entry.coverage) {
    for (const context of definition.contexts) coverageByContext.set(context, await engine.coverage(entry, context));
  }
  const affirm = engine.extract.affirmDate;
  for (const table of tables.values()) {
    const { context, periodInfo, version, group } = table[0];
    const nation = table.find((c) => c.level === "nation");
    const national = nation?.value ?? null;
    // Funnel per level.
    const funnelOf = new Map<
      WorkingCell,
      { z: number | null; zAdjusted: number | null; flag: ResultRow["flag"]; summary: FunnelSummary }
    >();
    for (const level of contextLevels(context)) {
      if (level === "nation") continue;
      const atLevel = table.filter((c) => c.level === level).sort((a, b) => (a.unitId < b.unitId ? -1 : 1));
      if (atLevel.length === 0) continue;
      const { results, summary } = assessFunnel(atLevel, national, {
        kind: measure.funnel,
        minDenominator: definition.minDenominator,
        overdispersion: engine.options.overdispersion,
        minUnits: engine.options.minUnitsForOverdispersion
      });
      atLevel.forEach((cell, i) => funnelOf.set(cell, { ...results[i], summary }));
      if (measure.funnel !== "none") {
        funnels.push({
          indicator: definition.id,
          period: periodInfo.label,
          context,
          group,
          unit_level: level,
          center: national,
          adjustment: summary.adjustment,
          phi: summary.phi,
          tau2: summary.tau2,
          units: summary.units
        });
      }
    }
    const disclosure = disclosureControl(table, {
      minDenominator: definition.minDenominator,
      countedComplement: measure.additivity === "counts"
    });
    const coverage = coverageByContext.get(context);
    const previous = previousPeriod(periodInfo);
    table.forEach((cell, i) => {
      const unit = cell.unitId === "nation" ? nationUnit : engine.units.get(cell.unitId);
      const funnel = funnelOf.get(cell);
      const previousValue = valueOf.get(`${context}|${group ?? ""}|${previous.label}|${cell.unitId}`) ?? null;
      const coverageValue = coverage?.get(`${cell.period}|${cell.level}|${cell.unitId}`) ?? null;
      const oe = cell.caseMix;
      rows.push({
        indicator: definition.id,
        version: String(version.version),
        registry: definition.registry,
        period: periodInfo.label,
        period_start: periodInfo.start,
        period_end: periodInfo.end,
        context,
        unit_id: cell.unitId,
        unit_level: cell.level,
        unit_name: unit?.name ?? cell.unitId,
        unit_short_name: unit?.short_name ?? cell.unitId,
        parent_id: cell.parentId,
        numerator: cell.numerator,
        denominator: cell.denominator,
        value: cell.value,
        lower: cell.lower,
        upper: cell.upper,
        level: targetLevel(cell.value, version.target),
        national_value: national,
        z: funnel?.z ?? null,
        z_adjusted: funnel?.zAdjusted ?? null,
        flag: funnel?.flag ?? null,
        funnel_adjustment: funnel && measure.funnel !== "none" ? funnel.summary.adjustment : null,
        change: cell.value !== null && previousValue !== null ? cell.value - previousValue : null,
        previous_value: previousValue,
        preliminary: `${periodInfo.end}-12-31` > affirm,
        coverage: coverageValue,
        low_coverage: coverageValue !== null && entry.coverage !== null && coverageValue < entry.coverage.threshold,
        suppressed: disclosure[i].suppressed,
        suppression_reason: disclosure[i].reason,
        observed: oe ? oe.observed : null,
        expected: oe ? oe.expected : null,
        oe_ratio: oe?.ratio ?? null,
        oe_lower: oe?.lower ?? null,
        oe_upper: oe?.upper ?? null,
        adjusted_value: oe?.adjustedValue ?? null,
        group,
        type: definition.type,
        se: cell.se,
        phi: funnel?.summary.phi ?? null,
        tau2: funnel?.summary.tau2 ?? null,
        oe_z: oe?.z ?? null,
        oe_flag: oe?.flag ?? null
      });
    });
  }
  return { rows, funnels };
}

export const nationUnit: UnitInfo = {
  id: "nation",
  name: "Norge",
  short_name: "Norge",
  level: "nation",
  parent_id: null
};
