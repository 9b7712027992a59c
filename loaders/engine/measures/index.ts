/**
 * The indicator types: one measure per type, listed once. Adding a type is adding its module in this
 * folder (measure.ts says what it provides) and its line in `measureList`; the schema, the engine, the
 * result tables and the pages then know it.
 */
import type { IndicatorDefinition } from "../indicatorSchema.ts";
import type { IndicatorVersion } from "../indicatorFields.ts";
import type { VersionSql } from "../indicatorSql.ts";
import { coverage } from "./coverage.ts";
import { cumulativeIncidence } from "./cumulative-incidence.ts";
import { meanScore } from "./mean-score.ts";
import type { Measure } from "./measure.ts";
import { medianTime } from "./median-time.ts";
import { proportion } from "./proportion.ts";
import { relativeSurvival } from "./relative-survival.ts";

/** Every measure, in the order the schema offers the types. */
export const measureList = [
  proportion,
  coverage,
  medianTime,
  meanScore,
  relativeSurvival,
  cumulativeIncidence
] as const;

export type IndicatorType = (typeof measureList)[number]["type"];

/** The measures keyed by type. */
export const measures = Object.fromEntries(measureList.map((measure) => [measure.type, measure])) as {
  [M in (typeof measureList)[number] as M["type"]]: M;
};

/** The measure of a checked definition. */
export function measureOf(definition: IndicatorDefinition): Measure<IndicatorDefinition> {
  return measures[definition.type] as Measure<IndicatorDefinition>;
}

/** The measure of a type read from a file (indicators.json); an unknown type is an error naming it. */
export function measureFor(type: string): Measure<IndicatorDefinition> {
  if (!Object.hasOwn(measures, type))
    throw new RangeError(`measureFor: unknown indicator type "${type}" (known: ${Object.keys(measures).join(", ")})`);
  return measures[type as IndicatorType] as Measure<IndicatorDefinition>;
}

/** The final SQL of an indicator version (the measure's `sql`): what the engine and the explorer run. */
export function versionSql(definition: IndicatorDefinition, version: IndicatorVersion): VersionSql {
  return measureOf(definition).sql(definition, version);
}
