/**
 * Proportion: the share of the population with the event (numerator / denominator), with the Wilson score
 * interval, assessed in a binomial funnel. Optionally adjusted for case mix (caseMix.ts): a logistic model
 * of the event on the indicator's covariates, fitted nationally per period, gives each unit O, E, O/E with
 * its interval and the risk-adjusted rate.
 */
import { z } from "zod";
import { countCells, unitRows } from "../aggregate.ts";
import { caseMixForPeriod, covariateField, type CaseMixResult, type CaseMixRow } from "../caseMix.ts";
import { definitionFields, sqlExpression, type Bilingual, type SharedDefinition } from "../indicatorFields.ts";
import { composeSql, countsSelect } from "../indicatorSql.ts";
import { proportionCells, type Cell } from "../unitStatistics.ts";
import {
  caseMixColumns,
  countedRows,
  type Measure,
  type MeasuredCell,
  type MeasureRun,
  type MethodFacts,
  noText
} from "./measure.ts";

export const proportionSchema = z.strictObject({
  ...definitionFields,
  type: z.literal("proportion"),
  /** Who counts in the numerator, among the population: an SQL predicate. NULL counts as no. */
  event: sqlExpression,
  /** Case-mix adjustment: covariates as numeric SQL expressions, fitted by logistic regression nationally. */
  caseMix: z
    .strictObject({
      covariates: z.record(
        z.string().regex(/^[a-z][a-z0-9_]*$/, "covariate names are lower-case identifiers"),
        sqlExpression
      )
    })
    .optional()
});
export type ProportionDefinition = z.output<typeof proportionSchema>;

/** Numerator and denominator per period and unit (counted in DuckDB), with the Wilson interval. */
export async function countedCells(run: MeasureRun<SharedDefinition>): Promise<Cell[]> {
  return proportionCells(await countCells(run.connection, run.sql, run.context, run.periods), {
    level: run.confidence
  });
}

const cellKey = (cell: { period: string; level: string; unitId: string }) =>
  `${cell.period}|${cell.level}|${cell.unitId}`;

/** O/E per period and unit (key: period|level|unit), from the covariates of the version's SQL. */
async function caseMixOf(run: MeasureRun<ProportionDefinition>): Promise<Map<string, CaseMixResult>> {
  const caseMix = new Map<string, CaseMixResult>();
  const covariates = run.sql.covariates;
  if (!covariates) return caseMix;
  const names = Object.keys(covariates).sort();
  const fields: Record<string, string> = { qi_event: `coalesce((${run.sql.event}), false)` };
  for (const name of names) fields[covariateField(name)] = `(${covariates[name]})::DOUBLE`;
  const units = await unitRows<CaseMixRow>(run.connection, run.sql, run.context, run.periods, fields);
  for (const period of run.periods) {
    const inPeriod = units.filter((u) => u.period === period.label);
    const { results, warning } = await caseMixForPeriod(inPeriod, names, {
      level: run.confidence,
      indicatorId: run.definition.id,
      period: period.label
    });
    if (warning) run.warn(`${warning} [${run.context}]`);
    for (const [unit, result] of results) caseMix.set(cellKey(unit), result);
  }
  return caseMix;
}

/**
 * How the pages name the covariates: a covariate's words by its name; a "<name>_unknown" term (the indicator
 * of a missing value) is part of <name>; other names are shown as written, underscores as spaces.
 */
const covariateWords: Record<string, Bilingual> = {
  age: { nb: "alder", en: "age" },
  female: { nb: "kjønn", en: "sex" },
  sex: { nb: "kjønn", en: "sex" },
  stage: { nb: "stadium", en: "stage" },
  asa: { nb: "ASA-klasse", en: "ASA class" }
};

const listed = (words: string[], and: string) =>
  words.length < 2 ? words.join("") : `${words.slice(0, -1).join(", ")} ${and} ${words[words.length - 1]}`;

/** "age, sex, stage and ASA class" from the covariates' names, in the order the definition gives them. */
export function covariateList(names: string[]): Bilingual {
  const shown = names.filter((name) => !(name.endsWith("_unknown") && names.includes(name.slice(0, -8))));
  const words = shown.map(
    (name) => covariateWords[name] ?? { nb: name.replace(/_/g, " "), en: name.replace(/_/g, " ") }
  );
  const unique = (lang: "nb" | "en") => [...new Set(words.map((w) => w[lang]))];
  return { nb: listed(unique("nb"), "og"), en: listed(unique("en"), "and") };
}

export const proportion = {
  type: "proportion",
  schema: proportionSchema,
  measureUnit: { nb: "andel", en: "proportion" },
  versionEvent: true,
  measuresCoverage: false,
  needsLifeTable: false,
  methodSections: ["proportions", "funnel-limits", "overdispersion"],
  columns: ["numerator", ...caseMixColumns],
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
  sql: (definition, version) =>
    composeSql(definition, version, {
      event: version.event ?? definition.event,
      covariates: definition.caseMix ? { ...definition.caseMix.covariates } : null
    }),
  relation: (_definition, sql) => countedRows(`coalesce((${sql.event}), false)`),
  exampleSelect: countsSelect,
  async cells(run) {
    const cells = await countedCells(run);
    const caseMix = await caseMixOf(run);
    return cells.map((cell): MeasuredCell => ({ ...cell, caseMix: caseMix.get(cellKey(cell)) ?? null }));
  },
  estimator: noText,
  caseMixCovariates: (facts: MethodFacts) =>
    facts.caseMix ? covariateList(Object.keys(facts.caseMix.covariates)) : null
} satisfies Measure<ProportionDefinition>;
