/**
 * Aggregation in DuckDB: counts (and exact sums) per period and unit at every level of a context, and the
 * row-level inputs of the statistics computed in TypeScript (medians, survival, case-mix), grouped per
 * unit here. Both read the cohort view with the indicator's final SQL (indicatorSql.ts).
 *
 * Counting is two-step, so the cost does not grow with the number of periods or levels: the population is
 * first grouped by calendar year and lowest unit (one pass over the cohort), then those small groups are
 * joined to the periods (a row of 2021 belongs to 2021 and to the windows 2019–2021, 2020–2022 and
 * 2021–2023) and summed with GROUPING SETS over the hierarchy.
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import type { UnitLevel } from "../extract/tables.ts";
import { contextColumns, contextLevels } from "./contexts.ts";
import type { ContextId } from "./indicatorFields.ts";
import { literal, type VersionSql } from "./indicatorSql.ts";
import type { Period } from "./periods.ts";
import { queryRows } from "../duckdb.ts";

/** Where a cell sits: period, level, unit and its parent. */
export interface UnitKey {
  period: string;
  level: UnitLevel;
  unitId: string;
  parentId: string | null;
}

export interface CountCell extends UnitKey {
  numerator: number;
  denominator: number;
}

function periodsCte(periods: Period[]): string {
  const values = periods.map((p) => `(${literal(p.label)}, ${p.start}, ${p.end})`).join(", ");
  return `qi_periods(qi_period, qi_start, qi_end) AS (VALUES ${values})`;
}

function unitSelect(context: ContextId): string[] {
  const columns = contextColumns[context];
  return [
    `${columns.hospital ? `c.${columns.hospital}` : "NULL::VARCHAR"} AS qi_hospital`,
    `c.${columns.trust} AS qi_trust`,
    `c.${columns.region} AS qi_region`
  ];
}

function populationFilter(sql: VersionSql, context: ContextId, periods: Period[]): string {
  const columns = contextColumns[context];
  const lowest = columns.hospital ?? columns.trust;
  const first = Math.min(...periods.map((p) => p.start));
  const last = Math.max(...periods.map((p) => p.end));
  return `(${sql.where}) AND c.${lowest} IS NOT NULL AND c.${sql.periodColumn} BETWEEN ${first} AND ${last}`;
}

function groupingSets(context: ContextId, extra: string[] = []): string {
  const e = extra.map((x) => `, ${x}`).join("");
  const sets = [
    ...(contextColumns[context].hospital ? [`(qi_period${e}, qi_hospital, qi_trust, qi_region)`] : []),
    `(qi_period${e}, qi_trust, qi_region)`,
    `(qi_period${e}, qi_region)`,
    `(qi_period${e})`
  ];
  return `GROUPING SETS (${sets.join(", ")})`;
}

function levelOf(row: Record<string, unknown>): UnitLevel {
  return row.g_region ? "nation" : row.g_trust ? "region" : row.g_hospital ? "trust" : "hospital";
}

function keyOf(row: Record<string, unknown>, level: UnitLevel, period = String(row.qi_period)): UnitKey {
  switch (level) {
    case "hospital":
      return { period, level, unitId: String(row.qi_hospital), parentId: String(row.qi_trust) };
    case "trust":
      return { period, level, unitId: String(row.qi_trust), parentId: String(row.qi_region) };
    case "region":
      return { period, level, unitId: String(row.qi_region), parentId: "nation" };
    case "nation":
      return { period, level, unitId: "nation", parentId: null };
  }
}

/**
 * A two-step aggregate query: `measures` (name → aggregate over cohort rows, e.g. count(*)) per year and
 * lowest unit (and `by` columns), then summed per period and level. Returns the summed rows.
 */
async function aggregateQuery(
  connection: DuckDBConnection,
  sql: VersionSql,
  context: ContextId,
  periods: Period[],
  measures: Record<string, string>,
  by: Record<string, string> = {}
): Promise<Record<string, unknown>[]> {
  const hasHospital = contextColumns[context].hospital !== null;
  const byNames = Object.keys(by);
  const measureNames = Object.keys(measures);
  const query = `WITH qi_base AS (
  SELECT c.${sql.periodColumn} AS qi_year, ${unitSelect(context).join(", ")}
    ${byNames.map((n) => `, (${by[n]}) AS ${n}`).join("")},
    ${measureNames.map((n) => `${measures[n]} AS ${n}`).join(", ")}
  FROM ${sql.view} c
  WHERE ${populationFilter(sql, context, periods)}
  GROUP BY ALL
),
${periodsCte(periods)}
SELECT qi_period${byNames.map((n) => `, ${n}`).join("")},
  ${hasHospital ? "qi_hospital" : "NULL::VARCHAR AS qi_hospital"}, qi_trust, qi_region,
  ${hasHospital ? "GROUPING(qi_hospital)::INTEGER" : "1"} AS g_hospital,
  GROUPING(qi_trust)::INTEGER AS g_trust, GROUPING(qi_region)::INTEGER AS g_region,
  ${measureNames.map((n) => `sum(${n}) AS ${n}`).join(", ")}
FROM qi_base JOIN qi_periods ON qi_year BETWEEN qi_start AND qi_end
GROUP BY ${groupingSets(context, byNames)}
ORDER BY ALL`;
  return queryRows(connection, query);
}

/** Numerator and denominator per period and unit at every level of the context. */
export async function countCells(
  connection: DuckDBConnection,
  sql: VersionSql,
  context: ContextId,
  periods: Period[]
): Promise<CountCell[]> {
  if (periods.length === 0) return [];
  if (sql.event === null) throw new RangeError("countCells: the indicator has no event");
  const rows = await aggregateQuery(connection, sql, context, periods, {
    numerator: `count(*) FILTER (WHERE ${sql.event})`,
    denominator: "count(*)"
  });
  return rows.map((row) => ({
    ...keyOf(row, levelOf(row)),
    numerator: Number(row.numerator),
    denominator: Number(row.denominator)
  }));
}

export interface MomentCell extends UnitKey {
  group: string | null;
  /** The `time` column's value for series (null otherwise). */
  time: number | null;
  n: number;
  sum: number;
  sumOfSquares: number;
}

/**
 * Count, sum and sum of squares of a value per period, unit, group (and time), for means. The sums are
 * exact (DECIMAL arithmetic on values with at most 6 decimals), so they do not depend on the order DuckDB's
 * threads add them in, and the results are the same on every run.
 */
export async function momentCells(
  connection: DuckDBConnection,
  sql: VersionSql,
  context: ContextId,
  periods: Period[],
  { group, time }: { group: string | null; time: string | null }
): Promise<MomentCell[]> {
  if (periods.length === 0) return [];
  if (sql.value === null) throw new RangeError("momentCells: the indicator has no value");
  const exact = `round((${sql.value})::DOUBLE, 6)::DECIMAL(18, 6)`;
  const by: Record<string, string> = { qi_group: group ? `(${group})::VARCHAR` : "NULL::VARCHAR" };
  if (time) by.qi_time = `(${time})::DOUBLE`;
  const rows = await aggregateQuery(
    connection,
    sql,
    context,
    periods,
    { qi_n: "count(*)", qi_sum: `sum(${exact})`, qi_sum2: `sum(${exact} * ${exact})` },
    by
  );
  return rows.map((row) => ({
    ...keyOf(row, levelOf(row)),
    group: row.qi_group === null || row.qi_group === undefined ? null : String(row.qi_group),
    time: time ? Number(row.qi_time) : null,
    n: Number(row.qi_n),
    sum: Number(row.qi_sum),
    sumOfSquares: Number(row.qi_sum2)
  }));
}

export interface UnitRows<T> extends UnitKey {
  rows: T[];
}

/**
 * The rows of a context with the given extra columns (name → SQL), grouped per period and unit at every
 * level of the context. Each cohort row is read once and placed in every period containing its year. Rows
 * come in a fixed order (year, then cohort_row), so anything computed from them is the same on every run.
 */
export async function unitRows<T extends Record<string, unknown>>(
  connection: DuckDBConnection,
  sql: VersionSql,
  context: ContextId,
  periods: Period[],
  fields: Record<string, string>
): Promise<UnitRows<T>[]> {
  if (periods.length === 0) return [];
  const names = Object.keys(fields);
  const select = [
    `c.${sql.periodColumn} AS qi_year`,
    ...unitSelect(context),
    ...names.map((name) => `(${fields[name]}) AS ${name}`)
  ];
  // A unique, narrow sort key where there is one (each cohort row is one tumour); else every column.
  const order =
    sql.view === "cohort"
      ? "qi_year, c.cohort_row"
      : ["qi_year", "qi_region", "qi_trust", "qi_hospital", ...names].join(", ");
  const reader = await connection.runAndReadAll(
    `SELECT ${select.join(", ")} FROM ${sql.view} c WHERE ${populationFilter(sql, context, periods)} ORDER BY ${order}`
  );
  const columns = reader.getColumnsJS();
  const count = reader.currentRowCount;
  const levels = contextLevels(context);
  const byYear = new Map<number, Period[]>();
  for (const p of periods) for (let y = p.start; y <= p.end; y++) byYear.set(y, [...(byYear.get(y) ?? []), p]);
  const groups = new Map<string, UnitRows<T>>();
  const [years, hospitals, trusts, regions] = columns;
  for (let i = 0; i < count; i++) {
    const value = {} as Record<string, unknown>;
    for (let k = 0; k < names.length; k++) value[names[k]] = columns[4 + k][i];
    const units = { qi_hospital: hospitals[i], qi_trust: trusts[i], qi_region: regions[i] };
    for (const p of byYear.get(Number(years[i])) ?? []) {
      for (const level of levels) {
        const key = keyOf(units, level, p.label);
        const id = `${p.label}\u0000${level}\u0000${key.unitId}`;
        let group = groups.get(id);
        if (!group) groups.set(id, (group = { ...key, rows: [] }));
        group.rows.push(value as T);
      }
    }
  }
  return [...groups.values()];
}
