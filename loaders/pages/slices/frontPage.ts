/** The front page: each registry's headline results and what changed most since the previous period. */
import { measureFor } from "../../engine/measures/index.ts";
import { registries } from "../../extract/registries.ts";
import { pageRow, type PageRow } from "../pageRows.ts";
import type { SiteData } from "../siteData.ts";
import { byPeriod, confirmedNational, indicatorSummary } from "./indicatorMeta.ts";

export function frontPage(data: SiteData, { changes = 8 } = {}) {
  const manifest = data.manifest.extract.manifest;
  // Headlines use each indicator's latest confirmed period with a value.
  const national = data.rows.filter(
    (r) => confirmedNational(r) && r.group === null && r.context === data.catalogue[r.indicator]?.defaultContext
  );
  const latestYear = Math.max(...national.map((r) => r.period_end));
  const latest = new Map<string, PageRow>();
  for (const row of national.sort(byPeriod)) latest.set(row.indicator, pageRow(row));
  const previousLevel = (row: PageRow) =>
    national
      .filter((r) => r.indicator === row.indicator && r.period_end === row.period_end - 1)
      .map((r) => r.level)[0] ?? null;
  const moved = [...latest.values()]
    .filter((r) => r.change !== null && measureFor(data.catalogue[r.indicator].type).frontPageChange)
    .map((row) => ({ row, previousLevel: previousLevel(row) }))
    .sort(
      (a, b) =>
        Number(b.previousLevel !== b.row.level) - Number(a.previousLevel !== a.row.level) ||
        Math.abs(b.row.change ?? 0) - Math.abs(a.row.change ?? 0) ||
        a.row.indicator.localeCompare(b.row.indicator)
    )
    .slice(0, changes)
    .map(({ row, previousLevel }) => ({
      indicator: indicatorSummary(data.catalogue[row.indicator]),
      row,
      previousLevel
    }));
  return {
    title: manifest.title,
    synthetic: manifest.synthetic === true,
    latestYear,
    registries: registries
      .filter((r) => Object.values(data.catalogue).some((m) => m.registry === r.id))
      .map((r) => {
        const metas = Object.values(data.catalogue).filter((m) => m.registry === r.id);
        return {
          id: r.id,
          name: { ...r.name },
          indicators: metas.map(indicatorSummary),
          national: metas.flatMap((m) => (latest.has(m.id) ? [latest.get(m.id) as PageRow] : []))
        };
      }),
    changes: moved,
    // What the find-a-hospital search looks in: every unit with a page, with its parent trust.
    units: data.units
      .filter((u) => u.level === "hospital" || u.level === "trust")
      .map((u) => ({
        id: u.id,
        name: u.name,
        short: u.short_name,
        level: u.level,
        parent: data.units.find((p) => p.id === u.parent_id && p.level === "trust")?.name ?? null
      }))
      .sort((a, b) => a.name.localeCompare(b.name, "nb"))
  };
}
