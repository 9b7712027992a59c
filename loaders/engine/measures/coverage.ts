/**
 * Coverage: the share of the registry's tumours with a report (e.g. a clinical report), counted and
 * interval-estimated like a proportion. Its value is the coverage other indicators of the registry show
 * beside theirs: a unit under the threshold is flagged low-coverage there (catalogue.ts links them).
 */
import { z } from "zod";
import { definitionFields, sqlExpression } from "../indicatorFields.ts";
import { composeSql, countsSelect } from "../indicatorSql.ts";
import { countedRows, type Measure, noText, withoutCaseMix } from "./measure.ts";
import { countedCells } from "./proportion.ts";

export const coverageSchema = z.strictObject({
  ...definitionFields,
  type: z.literal("coverage"),
  /** Who counts as covered, among the population: an SQL predicate. NULL counts as no. */
  event: sqlExpression
});
export type CoverageDefinition = z.output<typeof coverageSchema>;

export const coverage = {
  type: "coverage",
  schema: coverageSchema,
  measureUnit: { nb: "andel", en: "proportion" },
  versionEvent: true,
  measuresCoverage: true,
  needsLifeTable: false,
  methodSections: ["proportions", "funnel-limits", "overdispersion"],
  columns: ["numerator"],
  funnel: "proportion",
  additivity: "counts",
  countsEvents: true,
  valueIsShare: true,
  orderStatistics: false,
  curvePoints: null,
  curvePage: null,
  curveAxis: null,
  live: "counts",
  frontPageChange: true,
  sql: (definition, version) => composeSql(definition, version, { event: version.event ?? definition.event }),
  relation: (_definition, sql) => countedRows(`coalesce((${sql.event}), false)`),
  exampleSelect: countsSelect,
  cells: async (run) => withoutCaseMix(await countedCells(run)),
  estimator: noText,
  caseMixCovariates: noText
} satisfies Measure<CoverageDefinition>;
