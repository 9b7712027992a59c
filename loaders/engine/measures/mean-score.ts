/**
 * Mean score: the mean of a score (e.g. a patient-reported outcome, 0–100) with a normal-approximation
 * interval, from exact sums (momentCells), assessed in a normal funnel; optionally by group (e.g. the
 * treatment), and with a series over time since treatment for the PROM page's curves.
 */
import { z } from "zod";
import { momentCells, type UnitKey } from "../aggregate.ts";
import { bilingual, definitionFields, sqlExpression, text, type IndicatorVersion } from "../indicatorFields.ts";
import { composeSql, literal, valueSelect, type VersionSql } from "../indicatorSql.ts";
import { meanCells, type CurvePoint } from "../unitStatistics.ts";
import { countedRows, drawsCurve, type Measure, type MeasureRun, noText, withoutCaseMix } from "./measure.ts";

const groupSchema = z.strictObject({
  /** SQL expression giving the group of a row (e.g. the treatment). Rows in other groups are left out. */
  expression: sqlExpression,
  values: z.array(z.strictObject({ id: text, label: bilingual })).min(1)
});

export const meanScoreSchema = z.strictObject({
  ...definitionFields,
  type: z.literal("mean-score"),
  /** The score, an SQL expression; rows where it is NULL are left out. */
  value: sqlExpression,
  group: groupSchema.optional(),
  /** The series over time for the curves: a wider population (all time points) and the time in days. */
  series: z.strictObject({ population: sqlExpression, time: sqlExpression }).optional()
});
export type MeanScoreDefinition = z.output<typeof meanScoreSchema>;

function meanScoreSql(definition: MeanScoreDefinition, version: IndicatorVersion): VersionSql {
  const group = definition.group;
  return composeSql(definition, version, {
    value: definition.value,
    group: group ? group.expression : null,
    conditions: [
      `(${definition.value}) IS NOT NULL`,
      ...(group ? [`(${group.expression}) IN (${group.values.map((g) => literal(g.id)).join(", ")})`] : [])
    ]
  });
}

/**
 * The series: the same SQL with the wider population (every time point), by time; one curve per unit and
 * group, its points the means at each time, suppressed by its smallest number of answers.
 */
async function drawSeries(
  run: MeasureRun<MeanScoreDefinition>,
  series: NonNullable<MeanScoreDefinition["series"]>
): Promise<void> {
  const seriesSql = meanScoreSql(
    { ...run.definition, population: series.population },
    { ...run.version, population: undefined }
  );
  const moments = await momentCells(run.connection, seriesSql, run.context, run.periods, {
    group: run.sql.group,
    time: series.time
  });
  const curves = new Map<string, { key: UnitKey; group: string | null; points: CurvePoint[]; smallest: number }>();
  const times = moments.map((m) => m.time!);
  meanCells(moments, { level: run.confidence }).forEach((cell, i) => {
    if (!drawsCurve(cell)) return;
    const id = `${cell.period}|${cell.level}|${cell.unitId}|${cell.group ?? ""}`;
    let curve = curves.get(id);
    if (!curve) curves.set(id, (curve = { key: cell, group: cell.group, points: [], smallest: Infinity }));
    curve.points.push({
      time: times[i],
      estimate: cell.value,
      lower: cell.lower,
      upper: cell.upper,
      nRisk: cell.denominator
    });
    curve.smallest = Math.min(curve.smallest, cell.denominator);
  });
  for (const curve of curves.values())
    run.curve(
      curve.key,
      curve.group,
      curve.points.sort((a, b) => a.time - b.time),
      curve.smallest
    );
}

export const meanScore = {
  type: "mean-score",
  schema: meanScoreSchema,
  measureUnit: { nb: "poeng (0–100)", en: "points (0–100)" },
  versionEvent: false,
  measuresCoverage: false,
  needsLifeTable: false,
  methodSections: ["mean-scores"],
  columns: ["se", "group"],
  funnel: "normal",
  additivity: "sum",
  countsEvents: false,
  valueIsShare: false,
  orderStatistics: false,
  curvePoints: "own",
  curvePage: "proms",
  curveAxis: null,
  live: "mean",
  frontPageChange: true,
  sql: meanScoreSql,
  relation: (definition) => ({
    ...countedRows(),
    groups: definition.group ? definition.group.values.map((g) => g.id) : [null]
  }),
  exampleSelect: valueSelect,
  async cells(run) {
    const moments = await momentCells(run.connection, run.sql, run.context, run.periods, {
      group: run.sql.group,
      time: null
    });
    const cells = meanCells(moments, { level: run.confidence });
    if (run.definition.series) await drawSeries(run, run.definition.series);
    return withoutCaseMix(cells);
  },
  estimator: noText,
  caseMixCovariates: noText
} satisfies Measure<MeanScoreDefinition>;
