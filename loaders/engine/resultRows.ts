/**
 * The result rows of one indicator from its measured cells. Per table (context × period × group): the
 * national value, then the funnel of each unit level around it (funnel.ts); per cell: its target
 * attainment (targetAttainment.ts), the change since the previous period, and the preliminary and coverage
 * flags. The result columns keep their published names (`level` is the attainment).
 */
import type { FunnelRecord, UnitInfo } from "../output/resultFiles.ts";
import type { ResultRow, UnitLevel } from "../output/resultTables.ts";
import type { CatalogueEntry } from "./catalogue.ts";
import { contextLevels } from "./contexts.ts";
import { nationUnit, type Engine } from "./engine.ts";
import { assessFunnel, type FunnelKind, type FunnelResult, type FunnelSummary } from "./funnel.ts";
import type { ContextId, IndicatorVersion } from "./indicatorFields.ts";
import { measureOf } from "./measures/index.ts";
import type { MeasuredCell } from "./measures/measure.ts";
import { previousPeriod, type Period } from "./periods.ts";
import { targetAttainment } from "./targetAttainment.ts";

/** A measured cell with where it belongs: its context, the version in force and its reporting period. */
export interface PlacedCell extends MeasuredCell {
  context: ContextId;
  version: IndicatorVersion;
  reportingPeriod: Period;
}

type Assessment = FunnelResult & { summary: FunnelSummary };

/** The cells grouped into tables: one per context, period and group, in the order first met. */
function tablesOf(cells: PlacedCell[]): PlacedCell[][] {
  const tables = new Map<string, PlacedCell[]>();
  for (const cell of cells) {
    const key = `${cell.context}|${cell.period}|${cell.group ?? ""}`;
    let table = tables.get(key);
    if (!table) tables.set(key, (table = []));
    table.push(cell);
  }
  return [...tables.values()];
}

const placeKey = (context: string, group: string | null, period: string, unitId: string) =>
  `${context}|${group ?? ""}|${period}|${unitId}`;

/**
 * Each level's units (by id) assessed against the national value, with the level's summary; the nation
 * itself is not assessed.
 */
function assessLevels(
  table: PlacedCell[],
  national: number | null,
  options: { kind: FunnelKind; minDenominator: number; engine: Engine }
): { assessed: Map<PlacedCell, Assessment>; summaries: { unitLevel: UnitLevel; summary: FunnelSummary }[] } {
  const assessed = new Map<PlacedCell, Assessment>();
  const summaries: { unitLevel: UnitLevel; summary: FunnelSummary }[] = [];
  for (const unitLevel of contextLevels(table[0].context)) {
    if (unitLevel === "nation") continue;
    const units = table.filter((c) => c.level === unitLevel).sort((a, b) => (a.unitId < b.unitId ? -1 : 1));
    if (units.length === 0) continue;
    const { results, summary } = assessFunnel(units, national, {
      kind: options.kind,
      minDenominator: options.minDenominator,
      overdispersion: options.engine.options.overdispersion,
      minUnits: options.engine.options.minUnitsForOverdispersion
    });
    units.forEach((cell, i) => assessed.set(cell, { ...results[i], summary }));
    summaries.push({ unitLevel, summary });
  }
  return { assessed, summaries };
}

/** Builds every result row and funnel record of one indicator from its cells. */
export async function resultRows(
  engine: Engine,
  entry: CatalogueEntry,
  cells: PlacedCell[]
): Promise<{ rows: ResultRow[]; funnels: FunnelRecord[] }> {
  const definition = entry.definition;
  const measure = measureOf(definition);
  const hasFunnel = measure.funnel !== "none";
  const rows: ResultRow[] = [];
  const funnels: FunnelRecord[] = [];
  const valueAt = new Map<string, number | null>();
  for (const cell of cells) valueAt.set(placeKey(cell.context, cell.group, cell.period, cell.unitId), cell.value);
  const coverageByContext = new Map<ContextId, Map<string, number>>();
  if (entry.coverage) {
    for (const context of definition.contexts) coverageByContext.set(context, await engine.coverage(entry, context));
  }
  for (const table of tablesOf(cells)) {
    const { context, reportingPeriod, group } = table[0];
    const national = table.find((c) => c.level === "nation")?.value ?? null;
    const { assessed, summaries } = assessLevels(table, national, {
      kind: measure.funnel,
      minDenominator: definition.minDenominator,
      engine
    });
    if (hasFunnel) {
      for (const { unitLevel, summary } of summaries) {
        funnels.push({
          indicator: definition.id,
          period: reportingPeriod.label,
          context,
          group,
          unit_level: unitLevel,
          center: national,
          adjustment: summary.adjustment,
          phi: summary.phi,
          tau2: summary.tau2,
          units: summary.units
        });
      }
    }
    const previous = previousPeriod(reportingPeriod);
    const coverage = coverageByContext.get(context);
    table.forEach((cell) => {
      const previousValue = valueAt.get(placeKey(context, group, previous.label, cell.unitId)) ?? null;
      const coverageValue = coverage?.get(`${cell.period}|${cell.level}|${cell.unitId}`) ?? null;
      rows.push(
        resultRow(entry, cell, {
          unit: cell.unitId === "nation" ? nationUnit : engine.units.get(cell.unitId),
          national,
          funnel: assessed.get(cell),
          hasFunnel,
          previousValue,
          coverage: coverageValue,
          preliminary: `${reportingPeriod.end}-12-31` > engine.extract.affirmDate
        })
      );
    });
  }
  return { rows, funnels };
}

interface RowParts {
  unit: UnitInfo | undefined;
  national: number | null;
  funnel: Assessment | undefined;
  /** Whether the measure has a funnel (a median's units are never assessed). */
  hasFunnel: boolean;
  previousValue: number | null;
  coverage: number | null;
  preliminary: boolean;
}

/** One row of results.csv, its columns in output order. */
function resultRow(entry: CatalogueEntry, cell: PlacedCell, parts: RowParts): ResultRow {
  const definition = entry.definition;
  const { unit, funnel, previousValue, coverage } = parts;
  const oe = cell.caseMix;
  return {
    indicator: definition.id,
    version: String(cell.version.version),
    registry: definition.registry,
    period: cell.reportingPeriod.label,
    period_start: cell.reportingPeriod.start,
    period_end: cell.reportingPeriod.end,
    context: cell.context,
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
    level: targetAttainment(cell.value, cell.version.target),
    national_value: parts.national,
    z: funnel?.z ?? null,
    z_adjusted: funnel?.zAdjusted ?? null,
    flag: funnel?.flag ?? null,
    funnel_adjustment: funnel && parts.hasFunnel ? funnel.summary.adjustment : null,
    change: cell.value !== null && previousValue !== null ? cell.value - previousValue : null,
    previous_value: previousValue,
    preliminary: parts.preliminary,
    coverage,
    low_coverage: coverage !== null && entry.coverage !== null && coverage < entry.coverage.threshold,
    // What the public may see is decided by the public build (loaders/disclosure/).
    suppressed: false,
    suppression_reason: null,
    observed: oe ? oe.observed : null,
    expected: oe ? oe.expected : null,
    oe_ratio: oe?.ratio ?? null,
    oe_lower: oe?.lower ?? null,
    oe_upper: oe?.upper ?? null,
    adjusted_value: oe?.adjustedValue ?? null,
    group: cell.group,
    type: definition.type,
    se: cell.se,
    phi: funnel?.summary.phi ?? null,
    tau2: funnel?.summary.tau2 ?? null,
    oe_z: oe?.z ?? null,
    oe_flag: oe?.flag ?? null,
    oe_separation: oe && oe.separation.length > 0 ? oe.separation.join(";") : null
  };
}
