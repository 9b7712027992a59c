/**
 * Every page's data of a site, cut from its results: one file per page (front, registries, indicators,
 * units, topic pages, the report; the explorer and data quality for the council). The build writes them
 * when it prepares the site (loaders/build/pageCache.ts); Framework's data loaders read them.
 */
import { publishedTable } from "../disclosure/publishedTable.ts";
import type { SiteData } from "./siteData.ts";
import {
  aboutPage,
  curvePage,
  deckLevels,
  dataQualityPage,
  explorerCatalogue,
  frontPage,
  indicatorPage,
  promPage,
  presentDeck,
  presentPeers,
  registryPage,
  reportPage,
  siteIndex,
  unitPage
} from "./slices/index.ts";

/** Council pages refuse to exist in a public build: the data they carry must never reach it. */
function councilOnly<T>(data: SiteData, page: () => T): T {
  if (data.audience !== "council") throw new Error("this page belongs to the council build only");
  return page();
}

/** Every page file of a site: path (relative to the pages folder) → content. */
export function sitePages(data: SiteData): Map<string, unknown> {
  const index = siteIndex(data);
  const files = new Map<string, unknown>([
    ["site-index.json", index],
    ["front.json", frontPage(data)],
    ["about.json", aboutPage(data)],
    ["survival.json", curvePage(data, "survival")],
    ["recurrence.json", curvePage(data, "recurrence")],
    ["proms.json", promPage(data)],
    ["report.json", reportPage(data)],
    ["deck.json", presentDeck(data)]
  ]);
  for (const id of index.registries) files.set(`registry/${id}.json`, registryPage(data, id));
  for (const id of index.indicators) files.set(`indicator/${id}.json`, indicatorPage(data, id));
  for (const id of index.units) files.set(`unit/${id}.json`, unitPage(data, id));
  for (const level of deckLevels) files.set(`deck-peers/${level}.json`, presentPeers(data, level));
  if (data.disclosure) {
    // Not pages: the build copies the table to data/published.csv and the policy into provenance.json
    // (only the policy: how many cells each rule hid would say more than the pages do).
    files.set("published.csv", publishedTable(data.rows));
    files.set("disclosure.json", { policy: data.disclosure.policy });
  }
  if (data.audience === "council") {
    files.set(
      "explorer.json",
      councilOnly(data, () => explorerCatalogue(data))
    );
    files.set(
      "data-quality.json",
      councilOnly(data, () => dataQualityPage(data))
    );
  }
  return files;
}
