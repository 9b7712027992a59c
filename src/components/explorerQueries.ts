/**
 * What the explorer asks DuckDB for a selection: the indicator version in force in the last year chosen, the
 * unit level it can show (residence has no hospitals: health trusts, and the page says so), the area looked
 * inside, and the two queries, per unit and for the whole (the nation or the area). Pure, so tested in Node.
 */
import type { LiveKind } from "../../loaders/engine/measures/measure.ts";
import { liveQuery } from "./explorerQuery.js";
import { versionIn } from "./targetBands.js";
import type { ExplorerCatalogue } from "./types.js";

export type ExplorerIndicator = ExplorerCatalogue["indicators"][number];
export type ExplorerUnit = ExplorerCatalogue["units"][number];

/** The reader's choices, as the explorer's form holds them. */
export interface ExplorerFilters {
  context: string;
  level: string;
  from: string;
  to: string;
  sex: string[];
  ageGroups: string[];
  stages: string[];
  /** A region's or health trust's id, or "" for all of Norway. */
  within: string;
}

/** The indicators the browser can recompute (counts, medians, means), with their kind of query. */
export function liveIndicators(catalogue: ExplorerCatalogue): (ExplorerIndicator & { kind: LiveKind })[] {
  return catalogue.indicators.flatMap((d) => (d.live ? [{ ...d, kind: d.live }] : []));
}

/** The regions and health trusts one can look inside. */
export const explorerAreas = (catalogue: ExplorerCatalogue): ExplorerUnit[] =>
  catalogue.units.filter((u) => u.level === "region" || u.level === "trust");

/** The years of the extract, as the form offers them. */
export function explorerYears(catalogue: ExplorerCatalogue): string[] {
  const { from, to } = catalogue.years;
  return Array.from({ length: to - from + 1 }, (_, i) => String(from + i));
}

export function explorerQueries(
  catalogue: ExplorerCatalogue,
  indicator: ExplorerIndicator & { kind: LiveKind },
  filters: ExplorerFilters
) {
  const version =
    versionIn(indicator.versions, Number(filters.to)) ?? indicator.versions[indicator.versions.length - 1];
  const columns = indicator.unitColumns[filters.context];
  // Residence has no hospital level: show health trusts, and say so, rather than nothing.
  const level = columns[filters.level as keyof typeof columns] ? filters.level : "trust";
  const unitColumn = columns[level as keyof typeof columns] as string;
  const lowest = columns.hospital ?? columns.trust;
  const area = explorerAreas(catalogue).find((u) => u.id === filters.within);
  const live = {
    from: Number(filters.from),
    to: Number(filters.to),
    sex: filters.sex,
    ageGroups: filters.ageGroups,
    stages: filters.stages,
    within: area ? { column: columns[area.level as keyof typeof columns] as string, id: area.id } : null
  };
  return {
    level,
    area,
    query: liveQuery(version.sql, indicator.kind, unitColumn, lowest, live),
    wholeQuery: liveQuery(version.sql, indicator.kind, null, lowest, live)
  };
}
