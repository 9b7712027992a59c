/**
 * The explorer's live query: an indicator's own SQL (indicators.json, the text the engine ran) with the
 * reader's filters added, grouped by the units of one level. Pure string building, so the query can be
 * tested against the build-time results.
 */
import type { LiveKind } from "../../loaders/engine/measures/measure.ts";

export interface IndicatorSql {
  view: string;
  periodColumn: string;
  where: string;
  event: string | null;
  value: string | null;
}

export interface ExplorerFilters {
  /** Inclusive years on the indicator's period column. */
  from: number;
  to: number;
  sex?: string[];
  ageGroups?: string[];
  stages?: string[];
  /** Only units under this unit: the cohort column of its level and its id. */
  within?: { column: string; id: string } | null;
}

const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;
const inList = (column: string, values: string[]) => `${column} IN (${values.map(literal).join(", ")})`;

/**
 * Counts per unit (or the nation when `unitColumn` is null): `unit_id, numerator, denominator, value` for
 * counted indicators, `unit_id, denominator, value` (median or mean) otherwise.
 */
export function liveQuery(
  sql: IndicatorSql,
  kind: LiveKind,
  unitColumn: string | null,
  lowestColumn: string,
  filters: ExplorerFilters
): string {
  const conditions = [
    sql.where,
    `${sql.periodColumn} BETWEEN ${Math.trunc(filters.from)} AND ${Math.trunc(filters.to)}`,
    `${lowestColumn} IS NOT NULL`
  ];
  if (filters.sex?.length) conditions.push(inList("sex", filters.sex));
  if (filters.ageGroups?.length) conditions.push(inList("age_group", filters.ageGroups));
  if (filters.stages?.length) conditions.push(inList("stage", filters.stages));
  if (filters.within) conditions.push(`${filters.within.column} = ${literal(filters.within.id)}`);
  const measure =
    kind === "counts"
      ? `count(*) FILTER (WHERE ${sql.event})::INTEGER AS numerator, ` +
        `count(*)::INTEGER AS denominator, (count(*) FILTER (WHERE ` +
        `${sql.event}))::DOUBLE / count(*) AS value`
      : `count(*)::INTEGER AS denominator, ${kind === "median" ? "median" : "avg"}(${sql.value})::DOUBLE AS value`;
  return [
    `SELECT ${unitColumn ?? "'nation'"} AS unit_id, ${measure}`,
    `FROM ${sql.view}`,
    `WHERE ${conditions.map((c) => `(${c})`).join(" AND ")}`,
    unitColumn ? `GROUP BY 1 ORDER BY 1` : ""
  ]
    .filter(Boolean)
    .join("\n");
}
