/**
 * One indicator, every version, period, context, group and unit: its measure (measures/<type>.ts)
 * computes the cells and curves of each context and version, then resultRows.ts compares and flags them.
 */
import type { FunnelRecord } from "../output/resultFiles.ts";
import type { CurveRow, ResultRow } from "../output/resultTables.ts";
import type { UnitKey } from "./aggregate.ts";
import type { CatalogueEntry } from "./catalogue.ts";
import type { Engine, ExtractInfo } from "./engine.ts";
import type { ContextId, IndicatorVersion } from "./indicatorFields.ts";
import type { IndicatorDefinition } from "./indicatorSchema.ts";
import type { VersionSql } from "./indicatorSql.ts";
import { measureOf, versionSql } from "./measures/index.ts";
import type { MeasuredCell } from "./measures/measure.ts";
import { periodsFor, versionFor, type Period } from "./periods.ts";
import { resultRows, type PlacedCell } from "./resultRows.ts";
import type { CurvePoint } from "./unitStatistics.ts";

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

/** The rows of curves.csv for one unit's curve (the public build decides which it publishes: loaders/disclosure/). */
function curveRows(
  definition: IndicatorDefinition,
  context: ContextId,
  key: UnitKey,
  group: string | null,
  points: CurvePoint[]
): CurveRow[] {
  return points.map((p) => ({
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
    suppressed: false
  }));
}

/** Computes every result row, curve and funnel of one indicator. */
export async function computeIndicator(engine: Engine, entry: CatalogueEntry): Promise<IndicatorResults> {
  const definition = entry.definition;
  const measure = measureOf(definition);
  const warnings: string[] = [];
  const cells: PlacedCell[] = [];
  const curves: CurveRow[] = [];
  for (const context of definition.contexts) {
    for (const { version, sql, periods } of versionGroups(definition, engine.extract)) {
      let measured: MeasuredCell[];
      try {
        measured = await measure.cells({
          connection: engine.connection,
          definition,
          context,
          version,
          sql,
          periods,
          confidence: engine.options.confidence,
          curvePointsPerYear: engine.options.curvePointsPerYear,
          lifeTable: engine.lifeTable,
          warn: (message) => warnings.push(message),
          curve: (key, group, points) => curves.push(...curveRows(definition, context, key, group, points))
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
      for (const cell of measured)
        cells.push({ ...cell, context, version, reportingPeriod: byLabel.get(cell.period)! });
    }
  }
  const { rows, funnels } = await resultRows(engine, entry, cells);
  return { rows, curves, funnels, warnings };
}
