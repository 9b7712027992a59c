/**
 * What a unit's presentation deck (src/[lang]/present/[unit].md) needs beyond its unit page's data, which
 * it reads as it is (so a slide shows exactly the cells the unit page shows, hidden ones with their reason):
 * the council's interpretations of every indicator, and, once per unit level, the results of every unit of
 * that level that the spine chart's ranges and the ranking slides need.
 */
import type { ResultRow } from "../../output/resultTables.ts";
import { cutRow } from "../pageRows.ts";
import type { SiteData } from "../siteData.ts";
import { interpretations } from "./indicatorMeta.ts";
import { unitContext } from "./unitPage.ts";

/** The levels that have decks (the units with a unit page). */
export const deckLevels = ["hospital", "trust"] as const;
export type DeckLevel = (typeof deckLevels)[number];

/** Shared by every deck: whether the data are synthetic, and each indicator's interpretations as HTML. */
export function presentDeck(data: SiteData) {
  return {
    synthetic: data.manifest.extract.manifest.synthetic === true,
    interpretations: Object.fromEntries(Object.values(data.catalogue).map((m) => [m.id, interpretations(m)]))
  };
}

/** The columns a peer's result needs on a slide: its place in the ranking and the spine chart's range. */
const peerColumns = [
  "period",
  "unit_id",
  "unit_short_name",
  "value",
  "lower",
  "upper",
  "denominator",
  "level",
  "suppressed"
] as const satisfies readonly (keyof ResultRow)[];

/** Every unit of one level, per indicator, in the context the unit pages of that level use. */
export function presentPeers(data: SiteData, level: DeckLevel) {
  const out: Record<string, { context: string; rows: Pick<ResultRow, (typeof peerColumns)[number]>[] }> = {};
  for (const meta of Object.values(data.catalogue)) {
    const context = unitContext(meta, level);
    if (!context) continue;
    const rows = data.rows.filter(
      (r) => r.indicator === meta.id && r.context === context && r.unit_level === level && r.group === null
    );
    out[meta.id] = { context, rows: rows.map((r) => cutRow(r, peerColumns)) };
  }
  return out;
}
