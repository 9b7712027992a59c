/**
 * Cumulative incidence at k years: Aalen–Johansen with death as the competing risk (e.g. local recurrence),
 * with the log interval, assessed in a normal funnel; curves up to the horizon for the recurrence page,
 * on an axis fitted to the values (the events are rare).
 */
import { z } from "zod";
import { unitRows } from "../aggregate.ts";
import { definitionFields, sqlExpression } from "../indicatorFields.ts";
import { composeSql, sizeSelect } from "../indicatorSql.ts";
import { cumulativeIncidenceCell, daysPerYear } from "../unitStatistics.ts";
import { countedRows, curveTimes, drawsCurve, type Measure, noText, withoutCaseMix } from "./measure.ts";

export const cumulativeIncidenceSchema = z.strictObject({
  ...definitionFields,
  type: z.literal("cumulative-incidence"),
  /** Time in days to the event, the competing event or the end of follow-up. */
  time: sqlExpression,
  /** 1 = the event, 2 = the competing event (e.g. death), 0 = censored. */
  cause: sqlExpression,
  horizonYears: z.number().int().min(1).max(20)
});
export type CumulativeIncidenceDefinition = z.output<typeof cumulativeIncidenceSchema>;

export const cumulativeIncidence = {
  type: "cumulative-incidence",
  schema: cumulativeIncidenceSchema,
  measureUnit: { nb: "andel", en: "proportion" },
  versionEvent: false,
  measuresCoverage: false,
  needsLifeTable: false,
  methodSections: ["cumulative-incidence"],
  columns: ["numerator", "se"],
  funnel: "normal",
  additivity: "denominator",
  countsEvents: true,
  valueIsShare: false,
  orderStatistics: false,
  curvePoints: "grid",
  curvePage: "recurrence",
  curveAxis: "fitted",
  live: null,
  frontPageChange: true,
  sql: (definition, version) =>
    composeSql(definition, version, {
      time: definition.time,
      cause: definition.cause,
      conditions: [`(${definition.time}) IS NOT NULL`]
    }),
  relation: (definition, sql) =>
    countedRows(
      `(${sql.cause}) = 1 AND greatest((${sql.time})::DOUBLE, 0) <= ${definition.horizonYears * daysPerYear}`
    ),
  exampleSelect: sizeSelect,
  async cells(run) {
    const units = await unitRows<{ time: number; cause: number }>(run.connection, run.sql, run.context, run.periods, {
      time: `(${run.sql.time})::DOUBLE`,
      cause: `(${run.sql.cause})::INTEGER`,
      qi_tumour: "tumour_id"
    });
    const horizonDays = run.definition.horizonYears * daysPerYear;
    const times = curveTimes(run.definition.horizonYears, run.curvePointsPerYear);
    const cells = units.map((unit) => {
      const rows = unit.rows.map((r) => ({ time: Math.max(0, Number(r.time)), cause: Number(r.cause) }));
      const { cell, curve } = cumulativeIncidenceCell(unit, rows, {
        horizonDays,
        level: run.confidence,
        curveTimes: drawsCurve(unit) ? times : undefined
      });
      if (curve) run.curve(unit, null, curve, cell.denominator);
      return cell;
    });
    return withoutCaseMix(cells);
  },
  estimator: noText,
  caseMixCovariates: noText
} satisfies Measure<CumulativeIncidenceDefinition>;
