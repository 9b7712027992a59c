/**
 * The final SQL of an indicator version: the exact text the engine runs in node DuckDB and the explorer
 * runs in DuckDB-WASM on cohort.arrow. The registry filter is added to the author's population here, once;
 * each type adds its expressions (measures/<type>.ts `sql`).
 */
import { contextColumns, lowestColumn } from "./contexts.ts";
import type { ContextId, IndicatorVersion, SharedDefinition } from "./indicatorFields.ts";
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

export const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** A type's own part of the SQL (measures/<type>.ts): its expressions, and conditions on its rows. */
export type TypeSql = Partial<Pick<VersionSql, "event" | "value" | "time" | "cause" | "group" | "covariates">> & {
  /** Conditions added to the population (e.g. the value being present), in order. */
  conditions?: string[];
};

/**
 * The version's final SQL: the cohort view and period column, the registry filter AND the population (the
 * version's, if it replaces the indicator's) AND the type's conditions, and the type's expressions.
 */
export function composeSql(definition: SharedDefinition, version: IndicatorVersion, own: TypeSql): VersionSql {
  const population = version.population ?? definition.population;
  const parts = [`registry = ${literal(definition.registry)}`, `(${population})`, ...(own.conditions ?? [])];
  return {
    view: definition.cohort,
    periodColumn: definition.periodColumn,
    where: parts.join(" AND "),
    event: own.event ?? null,
    value: own.value ?? null,
    time: own.time ?? null,
    cause: own.cause ?? null,
    group: own.group ?? null,
    covariates: own.covariates ?? null
  };
}

/** Example SELECT lists (the measures choose theirs): counts; n with median and mean; n alone. */
export const countsSelect = (sql: VersionSql) =>
  `count(*) FILTER (WHERE ${sql.event})::INTEGER AS numerator, count(*)::INTEGER AS denominator`;
export const valueSelect = (sql: VersionSql) =>
  `count(*)::INTEGER AS n, median(${sql.value}) AS median, avg(${sql.value}) AS mean`;
export const sizeSelect = () => `count(*)::INTEGER AS n`;

/**
 * A complete query a reader can run on the cohort view to get the counts behind one period at the lowest
 * level of a context, with the measure's SELECT list (numerator and denominator for counted types, n and
 * the value's inputs otherwise).
 */
export function exampleQuery(sql: VersionSql, select: string, context: ContextId, period: Period): string {
  const unit = lowestColumn(context);
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
