/**
 * What the indicator page shows for a selection (attribution, period, group, unit level): the rows of the
 * selection, the national row and trend, the units of the level, the funnel, the target in force and the
 * council's text. Pure, so the page's choices are tested without a browser.
 */
import { targetIn } from "./targetBands.js";
import type { IndicatorPageData } from "./types.js";

export interface IndicatorSelection {
  context: string;
  period: string;
  /** The group of a grouped indicator (a PROM's treatment), else null. */
  group: string | null;
  level: string;
}

export type IndicatorView = ReturnType<typeof indicatorView>;

/** The unit levels an attribution has (residence has no hospitals). */
export const levelsFor = (data: IndicatorPageData, context: string): string[] => data.levels[context] ?? ["trust"];

export function indicatorView(data: IndicatorPageData, selection: IndicatorSelection) {
  const { meta } = data;
  const { context, period, group, level } = selection;
  const inContext = data.rows.filter((d) => d.context === context && (d.group ?? null) === group);
  const year = String(period).slice(-4);
  return {
    ...selection,
    inContext,
    national: inContext.find((d) => d.unit_level === "nation" && d.period === period),
    nationalTrend: inContext.filter((d) => d.unit_level === "nation"),
    units: inContext.filter((d) => d.unit_level === level && d.period === period),
    funnel: data.funnels.find(
      (f) => f.context === context && f.period === period && f.unit_level === level && (f.group ?? null) === group
    ),
    /** The stem of the downloads' file names. */
    slug: `${meta.id}${group ? `-${group}` : ""}-${context}-${level}-${period}`,
    // Targets can change between years: the selected period is judged against the version then in force.
    target: targetIn(meta.versions, Number(year)),
    // The covariates the period's case-mix model left out because they separated the outcomes; null: none.
    separated: data.caseMixSeparation[`${context}|${period}`] ?? null,
    interpretation: interpretationFor(data, period)
  };
}

/**
 * The council's text for the selected period, or else the latest it wrote before it (never a later one,
 * which may speak of what the figures shown do not have yet), with the period it speaks of: an
 * interpretation is written for a year, that is the period ending in it ("2018–2020" for rolling periods).
 */
export function interpretationFor(data: IndicatorPageData, period: string) {
  const end = Number(String(period).slice(-4));
  const found = data.meta.interpretation.filter((d) => d.year <= end).at(-1);
  if (!found) return undefined;
  const current = found.year === end;
  const label = current
    ? period
    : data.meta.periodKind === "rolling3"
      ? `${found.year - 2}–${found.year}`
      : String(found.year);
  return { ...found, period: label, current };
}

/** The units of the level, as [id, name] by name: the choices to compare with the nation. */
export function unitChoices(view: IndicatorView): [string, string][] {
  return [
    ...new Map(view.inContext.filter((d) => d.unit_level === view.level).map((d) => [d.unit_id, d.unit_name]))
  ].sort((a, b) => a[1].localeCompare(b[1], "nb"));
}
