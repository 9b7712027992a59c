import { pageRow } from "../pageRows.ts";
import type { SiteData } from "../siteData.ts";
import { confirmedNational, indicatorSummary, registryName, siteUnits } from "./indicatorMeta.ts";

/** Each indicator's rows in its default context for the last `years` period-end years. */
export function registryPage(data: SiteData, registry: string, { years = 5 } = {}) {
  const metas = Object.values(data.catalogue).filter((m) => m.registry === registry);
  if (metas.length === 0) throw new Error(`no indicators for registry "${registry}"`);
  const ids = new Set(metas.map((m) => m.id));
  const defaults = new Map(metas.map((m) => [m.id, m.defaultContext]));
  const all = data.rows.filter(
    (r) => ids.has(r.indicator) && r.context === defaults.get(r.indicator) && r.group === null
  );
  const ends = [...new Set(all.map((r) => r.period_end))].sort((a, b) => a - b).slice(-years);
  // Shown first: the latest year with a confirmed national result, as on the front page.
  const firm = all.filter(confirmedNational).map((r) => r.period_end);
  return {
    registry: { id: registry, name: registryName(registry) },
    indicators: metas.map(indicatorSummary),
    rows: all.filter((r) => ends.includes(r.period_end)).map(pageRow),
    years: ends,
    defaultYear: firm.length ? Math.max(...firm) : (ends.at(-1) ?? null),
    units: siteUnits(data)
  };
}
