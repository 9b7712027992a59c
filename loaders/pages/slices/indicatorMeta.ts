/**
 * What the page slices share: an indicator's summary (overview pages) and full description (its own
 * page, the survival, recurrence and PROM pages), registry names, the units a site lists, period order.
 */
import type { IndicatorMetadata } from "../../engine/catalogueMetadata.ts";
import { measureFor } from "../../engine/measures/index.ts";
import type { MethodSection } from "../../engine/measures/measure.ts";
import { registries } from "../../extract/registries.ts";
import type { ResultRow } from "../../output/resultTables.ts";
import { renderText, type Text } from "../markdownText.ts";
import type { SiteData } from "../siteData.ts";

const periodKind = (meta: IndicatorMetadata) => (meta.period === "year" ? "year" : "rolling3");

export function registryName(id: string): Text {
  const registry = registries.find((r) => r.id === id);
  return registry ? { ...registry.name } : { nb: id, en: id };
}

/** The summary of an indicator that overview pages show. */
export function indicatorSummary(meta: IndicatorMetadata) {
  const latest = meta.versions[meta.versions.length - 1];
  return {
    id: meta.id,
    registry: meta.registry,
    title: meta.title,
    short: meta.shortDescription,
    format: meta.format,
    target: latest?.target ?? null,
    defaultContext: meta.defaultContext,
    contexts: meta.contexts,
    type: meta.type,
    periodKind: periodKind(meta),
    groups: meta.groups,
    // Targets can change between years: charts over time draw each period against its version's target.
    versions: meta.versions.map((v) => ({
      version: v.version,
      validFrom: v.validFrom,
      validTo: v.validTo,
      target: v.target,
      note: v.note
    }))
  };
}

/** The council's interpretations that say something, oldest first, as HTML. */
export function interpretations(meta: IndicatorMetadata): { year: number; text: Text }[] {
  return Object.entries(meta.interpretations)
    .map(([year, text]) => ({ year: Number(year), text: renderText(text) }))
    .filter((d) => d.text.nb || d.text.en)
    .sort((a, b) => a.year - b.year);
}

export function indicatorMeta(meta: IndicatorMetadata) {
  const latest = meta.versions[meta.versions.length - 1];
  const measure = measureFor(meta.type);
  return {
    ...indicatorSummary(meta),
    long: renderText(meta.longDescription),
    measure: meta.measureUnit,
    minDenominator: meta.minDenominator,
    coverageThreshold: meta.coverage?.threshold ?? null,
    // What the case-mix model adjusts for ("age, sex, stage and ASA class"); null: no case mix.
    caseMix: measure.caseMixCovariates(meta),
    horizonYears: meta.horizonYears,
    // The estimator the pages name ("Pohar Perme estimator"); null: none.
    estimator: measure.estimator(meta),
    // The methods document's sections (about#…) that say how this indicator's numbers are computed.
    methods: [
      ...measure.methodSections,
      ...(meta.caseMix ? (["case-mix"] as const) : []),
      "coverage",
      "periods",
      "target-levels"
    ] satisfies MethodSection[],
    interpretation: interpretations(meta),
    sql: { population: latest.sql.where, event: latest.sql.event }
  };
}

/**
 * A national result of a confirmed period, with a value: what "the latest period" means on every page
 * (a preliminary period, after the affirm date, is still filling up and would show reporting lag as change).
 */
export const confirmedNational = (r: ResultRow) => r.unit_id === "nation" && !r.preliminary && r.value !== null;

/** The annual report's year: the latest period any indicator has confirmed nationally, in its default context. */
export function reportYear(data: SiteData): number | null {
  let year: number | null = null;
  for (const r of data.rows)
    if (confirmedNational(r) && r.context === data.catalogue[r.indicator]?.defaultContext)
      year = Math.max(year ?? r.period_end, r.period_end);
  return year;
}

/** Periods in time order: by last year, then first. */
export const byPeriod = (
  a: { period_end: number; period_start: number },
  b: { period_end: number; period_start: number }
) => a.period_end - b.period_end || a.period_start - b.period_start;

/** The units a site has (the nation is not a unit of its own). */
export const siteUnits = (data: SiteData) => data.units.filter((u) => u.level !== "nation");
