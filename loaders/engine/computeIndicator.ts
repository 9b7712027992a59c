/**
 * One indicator, every version, period, context, group and unit: cells from DuckDB and the statistics
 * (unitStatistics.ts, caseMix.ts), then what compares and flags them — national value, target level,
 * funnel, change since the previous period, preliminary and coverage flags, disclosure control.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import { countCells, momentCells, unitRows, type UnitKey } from "./aggregate.ts";
import { caseMixForPeriod, type CaseMixResult, type CaseMixRow } from "./caseMix.ts";
import type { CatalogueEntry } from "./catalogue.ts";
import { contextLevels, type UnitLevel } from "./contexts.ts";
import { disclosureControl } from "./disclosure.ts";
import { assessFunnel, type FunnelSummary, type OverdispersionPolicy } from "./funnel.ts";
import type { ContextId, IndicatorDefinition, IndicatorVersion } from "./indicatorSchema.ts";
import { versionSql, type VersionSql } from "./indicatorSql.ts";
import { periodsFor, previousPeriod, versionFor, type Period } from "./periods.ts";
import { targetLevel } from "./targetLevel.ts";
import {
  cumulativeIncidenceCell,
  daysPerYear,
  meanCells,
  medianCells,
  proportionCells,
  survivalCell,
  type Cell,
  type CurvePoint,
  type LifeTableRow
} from "./unitStatistics.ts";
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

interface WorkingCell extends Cell {
  context: ContextId;
  version: IndicatorVersion;
  periodInfo: Period;
  caseMix: CaseMixResult | null;
}

const keyOf = (cell: { period: string; level: string; unitId: string }) =>
  `${cell.period}|${cell.level}|${cell.unitId}`;

function curveTimes(horizonYears: number, pointsPerYear: number): number[] {
  const times: number[] = [];
  for (let k = 0; k <= horizonYears * pointsPerYear; k++)
    times.push(Math.round((k * daysPerYear * 1000) / pointsPerYear) / 1000);
  return times;
}

async function cellsFor(
  engine: EngineContext,
  entry: CatalogueEntry,
  context: ContextId,
  version: IndicatorVersion,
  sql: VersionSql,
  periods: Period[],
  warnings: string[],
  curves: (key: UnitKey, group: string | null, points: CurvePoint[], denominator: number) => void
): Promise<{ cells: Cell[]; caseMix: Map<string, CaseMixResult> }> {
  const { connection, options } = engine;
  const definition = entry.definition;
  const caseMix = new Map<string, CaseMixResult>();
  const withCurves = (key: UnitKey) => key.level !== "hospital";
  switch (definition.type) {
    case "proportion":
    case "coverage": {
      const cells = proportionCells(await countCells(connection, sql, context, periods), { level: options.level });
      if (definition.type === "proportion" && sql.covariates) {
        const names = Object.keys(sql.covariates).sort();
        const fields: Record<string, string> = { qi_event: `coalesce((${sql.event}), false)` };
        for (const name of names) fields[`cov_${name}`] = `(${sql.covariates[name]})::DOUBLE`;
        const units = await unitRows<CaseMixRow>(connection, sql, context, periods, fields);
        for (const period of periods) {
          const inPeriod = units.filter((u) => u.period === period.label);
          const { results, warning } = caseMixForPeriod(
            inPeriod,
            names.map((n) => `cov_${n}`),
            { level: options.level, indicatorId: definition.id, period: period.label }
          );
          if (warning) warnings.push(`${warning} [${context}]`);
          for (const [unit, result] of results) caseMix.set(keyOf(unit), result);
        }
      }
      return { cells, caseMix };
    }
    case "median-time": {
      const units = await unitRows<{ value: number }>(connection, sql, context, periods, {
        value: `(${sql.value})::DOUBLE`
      });
      return { cells: medianCells(units, { level: options.level }), caseMix };
    }
    case "mean-score": {
      const cells = meanCells(await momentCells(connection, sql, context, periods, { group: sql.group, time: null }), {
        level: options.level
      });
      if (definition.series) {
        // The series: the same SQL with the wider population (every time point), by time.
        const seriesSql = versionSql(
          { ...definition, population: definition.series.population },
          { ...version, population: undefined }
        );
        const moments = await momentCells(connection, seriesSql, context, periods, {
          group: sql.group,
          time: definition.series.time
        });
        const series = new Map<
          string,
          { key: UnitKey; group: string | null; points: CurvePoint[]; smallest: number }
        >();
        const times = moments.map((m) => m.time!);
        meanCells(moments, { level: options.level }).forEach((cell, i) => {
          if (!withCurves(cell)) return;
          const id = `${cell.period}|${cell.level}|${cell.unitId}|${cell.group ?? ""}`;
          let entry = series.get(id);
          if (!entry) series.set(id, (entry = { key: cell, group: cell.group, points: [], smallest: Infinity }));
          entry.points.push({
            time: times[i],
            estimate: cell.value,
            lower: cell.lower,
            upper: cell.upper,
            nRisk: cell.denominator
          });
          entry.smallest = Math.min(entry.smallest, cell.denominator);
        });
        for (const entry of series.values())
          curves(
            entry.key,
            entry.group,
            entry.points.sort((a, b) => a.time - b.time),
            entry.smallest
          );
      }
      return { cells, caseMix };
    }
    case "relative-survival": {
      const units = await unitRows<{ time: number; event: boolean; age: number; sex: "male" | "female"; date: string }>(
        connection,
        sql,
        context,
        periods,
        {
          time: `(${sql.time})::DOUBLE`,
          event: `coalesce((${sql.event}), false)`,
          age: "age_days::DOUBLE",
          sex: "sex",
          date: "strftime(diagnosis_date, '%Y-%m-%d')",
          qi_tumour: "tumour_id"
        }
      );
      const horizonDays = definition.horizonYears * daysPerYear;
      const times = curveTimes(definition.horizonYears, options.curvePointsPerYear);
      const cells = units.map((unit) => {
        const rows = unit.rows.map((r) => ({
          time: Number(r.time),
          event: Boolean(r.event),
          age: Number(r.age),
          sex: r.sex,
          date: String(r.date)
        }));
        const { cell, curve } = survivalCell(unit, rows, engine.lifeTable, {
          horizonDays,
          method: definition.method,
          level: options.level,
          curveTimes: withCurves(unit) ? times : undefined
        });
        if (curve) curves(unit, null, curve, cell.denominator);
        return cell;
      });
      return { cells, caseMix };
    }
    case "cumulative-incidence": {
      const units = await unitRows<{ time: number; cause: number }>(connection, sql, context, periods, {
        time: `(${sql.time})::DOUBLE`,
        cause: `(${sql.cause})::INTEGER`,
        qi_tumour: "tumour_id"
      });
      const horizonDays = definition.horizonYears * daysPerYear;
      const times = curveTimes(definition.horizonYears, options.curvePointsPerYear);
      const cells = units.map((unit) => {
        const rows = unit.rows.map((r) => ({ time: Math.max(0, Number(r.time)), cause: Number(r.cause) }));
        const { cell, curve } = cumulativeIncidenceCell(unit, rows, {
          horizonDays,
          level: options.level,
          curveTimes: withCurves(unit) ? times : undefined
        });
        if (curve) curves(unit, null, curve, cell.denominator);
        return cell;
      });
      return { cells, caseMix };
    }
  }
}

const funnelKind = (type: IndicatorDefinition["type"]) =>
  type === "proportion" || type === "coverage" ? "proportion" : type === "median-time" ? "none" : "normal";

/** Computes every result row and curve of one indicator. */
export async function computeIndicator(engine: EngineContext, entry: CatalogueEntry): Promise<IndicatorResults> {
  const definition = entry.definition;
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
      let result: Awaited<ReturnType<typeof cellsFor>>;
      try {
        result = await cellsFor(engine, entry, context, version, sql, periods, warnings, addCurve);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        throw new Error(
          `${entry.file}: computing ${definition.id} (version ` +
            `${version.version}, context ${context}) failed: ${message}`,
          { cause: error }
        );
      }
      const byLabel = new Map(periods.map((p) => [p.label, p]));
      for (const cell of result.cells) {
        working.push({
          ...cell,
          context,
          version,
          periodInfo: byLabel.get(cell.period)!,
          caseMix: result.caseMix.get(keyOf(cell)) ?? null
        });
      }
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
        kind: funnelKind(definition.type),
        minDenominator: definition.minDenominator,
        overdispersion: engine.options.overdispersion,
        minUnits: engine.options.minUnitsForOverdispersion
      });
      atLevel.forEach((cell, i) => funnelOf.set(cell, { ...results[i], summary }));
      if (funnelKind(definition.type) !== "none") {
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
      countedComplement: definition.type === "proportion" || definition.type === "coverage"
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
        funnel_adjustment: funnel && funnelKind(definition.type) !== "none" ? funnel.summary.adjustment : null,
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
