/**
 * Aggregation in DuckDB: counts per period and unit at every level of a context in one GROUPING SETS query,
 * and the row-level inputs of the statistics computed in TypeScript (medians, means, survival), grouped
 * per unit here. Both read the cohort view with the indicator's final SQL (indicatorSql.ts).
 */
import type { DuckDBConnection } from "@duckdb/node-api";
import { contextColumns, type UnitLevel } from "./contexts.ts";
import type { ContextId } from "./indicatorSchema.ts";
import type { VersionSql } from "./indicatorSql.ts";
import type { Period } from "./periods.ts";
import { queryRows } from "./duckdb.ts";

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

const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

function periodsCte(periods: Period[]): string {
  const values = periods.map((p) => `(${literal(p.label)}, ${p.start}, ${p.end})`).join(", ");
  return `qi_periods(qi_period, qi_start, qi_end) AS (VALUES ${values})`;
}

/** The rows of a context, each tagged with its period(s) and units (rolling windows repeat a row). */
function rowsCte(sql: VersionSql, context: ContextId, periods: Period[], extra: string[]): string {
  const columns = contextColumns[context];
  const lowest = columns.hospital ?? columns.trust;
  const select = [
    "p.qi_period",
    `${columns.hospital ? `c.${columns.hospital}` : "NULL::VARCHAR"} AS qi_hospital`,
    `c.${columns.trust} AS qi_trust`,
    `c.${columns.region} AS qi_region`,
    ...extra
  ];
  return `${periodsCte(periods)},
qi_rows AS (
  SELECT ${select.join(", ")}
  FROM ${sql.view} c JOIN qi_periods p ON c.${sql.periodColumn} BETWEEN p.qi_start AND p.qi_end
  WHERE (${sql.where}) AND c.${lowest} IS NOT NULL
)`;
}

function keyOf(row: Record<string, unknown>, level: UnitLevel): UnitKey {
  const period = String(row.qi_period);
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

/** Numerator and denominator per period and unit at every level of the context, in one query. */
export async function countCells(connection: DuckDBConnection, sql: VersionSql, context: ContextId, periods: Period[]): Promise<CountCell[]> {
  if (periods.length === 0) return [];
  if (sql.event === null) throw new RangeError("countCells: the indicator has no event");
  const hasHospital = contextColumns[context].hospital !== null;
  const sets = [
    ...(hasHospital ? ["(qi_period, qi_hospital, qi_trust, qi_region)"] : []),
    "(qi_period, qi_trust, qi_region)",
    "(qi_period, qi_region)",
    "(qi_period)"
  ];
  const query = `WITH ${rowsCte(sql, context, periods, [`(${sql.event}) AS qi_event`])}
SELECT qi_period, ${hasHospital ? "qi_hospital" : "NULL::VARCHAR AS qi_hospital"}, qi_trust, qi_region,
  ${hasHospital ? "GROUPING(qi_hospital)::INTEGER" : "1"} AS g_hospital, GROUPING(qi_trust)::INTEGER AS g_trust, GROUPING(qi_region)::INTEGER AS g_region,
  count(*) FILTER (WHERE qi_event)::INTEGER AS numerator, count(*)::INTEGER AS denominator
FROM qi_rows
GROUP BY GROUPING SETS (${sets.join(", ")})
ORDER BY ALL`;
  const rows = await queryRows(connection, query);
  return rows.map((row) => {
    const level: UnitLevel = row.g_region ? "nation" : row.g_trust ? "region" : row.g_hospital ? "trust" : "hospital";
    return { ...keyOf(row, level), numerator: Number(row.numerator), denominator: Number(row.denominator) };
  });
}

export interface UnitRows<T> extends UnitKey {
  rows: T[];
}

/**
 * The rows of a context with the given extra columns (name → SQL), grouped per period and unit at every
 * level of the context. Rows come sorted by period, units and then every extra column, so anything
 * computed from them is the same on every run.
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
  const extra = names.map((name) => `(${fields[name]}) AS ${name}`);
  const order = ["qi_period", "qi_region", "qi_trust", "qi_hospital", ...names].join(", ");
  const rows = await queryRows(connection, `WITH ${rowsCte(sql, context, periods, extra)} SELECT * FROM qi_rows ORDER BY ${order}`);
  const levels: UnitLevel[] = contextColumns[context].hospital ? ["hospital", "trust", "region", "nation"] : ["trust", "region", "nation"];
  const groups = new Map<string, UnitRows<T>>();
  for (const row of rows) {
    const value = Object.fromEntries(names.map((name) => [name, row[name]])) as T;
    for (const level of levels) {
      const key = keyOf(row, level);
      const id = `${key.period}\u0000${level}\u0000${key.unitId}`;
      let group = groups.get(id);
      if (!group) groups.set(id, (group = { ...key, rows: [] }));
      group.rows.push(value);
    }
  }
  return [...groups.values()];
}
