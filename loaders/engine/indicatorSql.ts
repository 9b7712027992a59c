/**
 * The final SQL of an indicator version: the exact text the engine runs in node DuckDB and the explorer
 * runs in DuckDB-WASM on cohort.arrow. The registry filter is added to the author's population here, once.
 */
import { contextColumns, lowestColumn } from "./contexts.ts";
import type { ContextId, IndicatorDefinition, IndicatorVersion } from "./indicatorSchema.ts";
import type { Period } from "./periods.ts";

export interface VersionSql {
  /** The cohort view. */
  view: string;
  /** Column placing a row in a calendar year. */
  periodColumn: string;
  /** Who is counted: registry filter AND the population (AND the value/time being present). */
  where: string;
  /** Proportions and coverage: the numerator predicate; survival: the death indicator. */
  event: string | null;
  /** Median time or mean score: the value expression. */
  value: string | null;
  /** Time-to-event: the time in days. */
  time: string | null;
  /** Cumulative incidence: the cause (1 event, 2 competing, 0 censored). */
  cause: string | null;
  /** Grouped indicators: the group expression. */
  group: string | null;
  /** Case-mix covariates (name → expression). */
  covariates: Record<string, string> | null;
}

const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

export function versionSql(definition: IndicatorDefinition, version: IndicatorVersion): VersionSql {
  const population = version.population ?? definition.population;
  const parts = [`registry = ${literal(definition.registry)}`, `(${population})`];
  let event: string | null = null;
  let value: string | null = null;
  let time: string | null = null;
  let cause: string | null = null;
  let group: string | null = null;
  let covariates: Record<string, string> | null = null;
  switch (definition.type) {
    case "proportion":
      event = version.event ?? definition.event;
      covariates = definition.caseMix ? { ...definition.caseMix.covariates } : null;
      break;
    case "coverage":
      event = version.event ?? definition.event;
      break;
    case "median-time":
      value = definition.value;
      parts.push(`(${value}) IS NOT NULL`);
      break;
    case "mean-score":
      value = definition.value;
      parts.push(`(${value}) IS NOT NULL`);
      if (definition.group) {
        group = definition.group.expression;
        parts.push(`(${group}) IN (${definition.group.values.map((g) => literal(g.id)).join(", ")})`);
      }
      break;
    case "relative-survival":
      time = definition.time;
      event = definition.event;
      parts.push(`(${time}) IS NOT NULL`);
      break;
    case "cumulative-incidence":
      time = definition.time;
      cause = definition.cause;
      parts.push(`(${time}) IS NOT NULL`);
      break;
  }
  return {
    view: definition.cohort,
    periodColumn: definition.periodColumn,
    where: parts.join(" AND "),
    event,
    value,
    time,
    cause,
    group,
    covariates
  };
}

/**
 * A complete query a reader can run on the cohort view to get the counts behind one period at the lowest
 * level of a context: numerator and denominator for counted types, n (and the value's inputs) otherwise.
 */
export function exampleQuery(sql: VersionSql, context: ContextId, period: Period): string {
  const unit = lowestColumn(context);
  const select =
    sql.event !== null && sql.time === null
      ? `count(*) FILTER (WHERE ${sql.event})::INTEGER AS numerator, count(*)::INTEGER AS denominator`
      : sql.value !== null
        ? `count(*)::INTEGER AS n, median(${sql.value}) AS median, avg(${sql.value}) AS mean`
        : `count(*)::INTEGER AS n`;
  const group = sql.group ? `, ${sql.group} AS "group"` : "";
  return [
    `SELECT ${unit} AS unit_id${group}, ${select}`,
    `FROM ${sql.view}`,
    `WHERE ${sql.where} AND ${sql.periodColumn} BETWEEN ${period.start} AND ${period.end} AND ${unit} IS NOT NULL`,
    `GROUP BY ALL ORDER BY ALL`
  ].join("\n");
}

/** The context's unit columns, for queries. */
export function unitColumns(context: ContextId): { hospital: string | null; trust: string; region: string } {
  const { hospital, trust, region } = contextColumns[context];
  return { hospital, trust, region };
}
