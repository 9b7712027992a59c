/**
 * Relative survival at k years: net survival (Pohar Perme by default, Ederer II allowed) against the
 * population life table, with the log-log interval, assessed in a normal funnel; curves up to the horizon
 * for the survival page.
 */
import { z } from "zod";
import { unitRows } from "../aggregate.ts";
import { definitionFields, sqlExpression } from "../indicatorFields.ts";
import { composeSql, sizeSelect } from "../indicatorSql.ts";
import { daysPerYear, survivalCell } from "../unitStatistics.ts";
import {
  countedRows,
  curveTimes,
  drawsCurve,
  type Measure,
  type MethodFacts,
  noText,
  withoutCaseMix
} from "./measure.ts";

export const relativeSurvivalSchema = z.strictObject({
  ...definitionFields,
  type: z.literal("relative-survival"),
  /** Follow-up time in days from the start (diagnosis). */
  time: sqlExpression.default("followup_days"),
  /** 1/true if the follow-up ended in death. */
  event: sqlExpression.default("dead"),
  horizonYears: z.number().int().min(1).max(20),
  method: z.enum(["pohar-perme", "ederer2"]).default("pohar-perme")
});
export type RelativeSurvivalDefinition = z.output<typeof relativeSurvivalSchema>;

/** How the pages name each estimator. */
const estimators: Record<RelativeSurvivalDefinition["method"], { nb: string; en: string }> = {
  "pohar-perme": { nb: "Pohar Perme-estimatoren", en: "Pohar Perme estimator" },
  ederer2: { nb: "Ederer II-metoden", en: "Ederer II method" }
};

export const relativeSurvival = {
  type: "relative-survival",
  schema: relativeSurvivalSchema,
  measureUnit: { nb: "andel", en: "proportion" },
  versionEvent: false,
  measuresCoverage: false,
  needsLifeTable: true,
  methodSections: ["net-survival"],
  columns: ["numerator", "se"],
  funnel: "normal",
  additivity: "denominator",
  countsEvents: true,
  valueIsShare: false,
  orderStatistics: false,
  curvePoints: "grid",
  curvePage: "survival",
  curveAxis: "whole",
  live: null,
  frontPageChange: true,
  sql: (definition, version) =>
    composeSql(definition, version, {
      event: definition.event,
      time: definition.time,
      conditions: [`(${definition.time}) IS NOT NULL`]
    }),
  relation: (definition, sql) =>
    // Follow-up is cut at the horizon; a death on the day of diagnosis counts at half a day.
    countedRows(
      `coalesce((${sql.event}), false) AND ` +
        `greatest((${sql.time})::DOUBLE, 0.5) <= ${definition.horizonYears * daysPerYear}`
    ),
  exampleSelect: sizeSelect,
  async cells(run) {
    type Row = { time: number; event: boolean; age: number; sex: "male" | "female"; date: string };
    const units = await unitRows<Row>(run.connection, run.sql, run.context, run.periods, {
      time: `(${run.sql.time})::DOUBLE`,
      event: `coalesce((${run.sql.event}), false)`,
      age: "age_days::DOUBLE",
      sex: "sex",
      date: "strftime(diagnosis_date, '%Y-%m-%d')",
      qi_tumour: "tumour_id"
    });
    const horizonDays = run.definition.horizonYears * daysPerYear;
    const times = curveTimes(run.definition.horizonYears, run.curvePointsPerYear);
    const cells = units.map((unit) => {
      const rows = unit.rows.map((r) => ({
        time: Number(r.time),
        event: Boolean(r.event),
        age: Number(r.age),
        sex: r.sex,
        date: String(r.date)
      }));
      const { cell, curve } = survivalCell(unit, rows, run.lifeTable, {
        horizonDays,
        method: run.definition.method,
        level: run.confidence,
        curveTimes: drawsCurve(unit) ? times : undefined
      });
      if (curve) run.curve(unit, null, curve, cell.denominator);
      return cell;
    });
    return withoutCaseMix(cells);
  },
  estimator: (facts: MethodFacts) =>
    facts.method !== null && facts.method in estimators
      ? estimators[facts.method as RelativeSurvivalDefinition["method"]]
      : null,
  caseMixCovariates: noText
} satisfies Measure<RelativeSurvivalDefinition>;
