/**
 * Median time: the median of a time in days (e.g. referral to treatment) with its distribution-free
 * order-statistic interval. Medians do not add up and have no funnel.
 */
import { z } from "zod";
import { unitRows } from "../aggregate.ts";
import { definitionFields, sqlExpression } from "../indicatorFields.ts";
import { composeSql, valueSelect } from "../indicatorSql.ts";
import { medianCells } from "../unitStatistics.ts";
import { countedRows, type Measure, noText, withoutCaseMix } from "./measure.ts";

export const medianTimeSchema = z.strictObject({
  ...definitionFields,
  type: z.literal("median-time"),
  /** The time in days, an SQL expression; rows where it is NULL are left out. */
  value: sqlExpression
});
export type MedianTimeDefinition = z.output<typeof medianTimeSchema>;

export const medianTime = {
  type: "median-time",
  schema: medianTimeSchema,
  measureUnit: { nb: "dager", en: "days" },
  versionEvent: false,
  measuresCoverage: false,
  needsLifeTable: false,
  methodSections: ["medians"],
  columns: [],
  funnel: "none",
  additivity: "denominator",
  countsEvents: false,
  valueIsShare: false,
  orderStatistics: true,
  curvePoints: null,
  curvePage: null,
  curveAxis: null,
  live: "median",
  frontPageChange: false,
  sql: (definition, version) =>
    composeSql(definition, version, {
      value: definition.value,
      conditions: [`(${definition.value}) IS NOT NULL`]
    }),
  relation: (_definition, sql) => countedRows("false", `(${sql.value})::DOUBLE`),
  exampleSelect: valueSelect,
  async cells(run) {
    const units = await unitRows<{ value: number }>(run.connection, run.sql, run.context, run.periods, {
      value: `(${run.sql.value})::DOUBLE`
    });
    return withoutCaseMix(medianCells(units, { level: run.confidence }));
  },
  estimator: noText,
  caseMixCovariates: noText
} satisfies Measure<MedianTimeDefinition>;
