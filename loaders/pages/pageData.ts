/**
 * Page data for the Framework data loaders in src/data. Cutting a page's slice needs the whole results
 * (and, for the public build, the disclosure-control pass over them), so every page's JSON is written in
 * one go when the site is prepared (`writePageFiles`); each data loader then only reads its file
 * (loaders/framework/pageFiles.ts).
 */
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import type { PreparedSite } from "../build/prepare.ts";
import { loadSiteData, type SiteData } from "./siteData.ts";
import { pruneCache } from "../build/prune.ts";
import { publishedTable } from "../disclosure/publishedTable.ts";
import {
  aboutPage,
  curvePage,
  dataQualityPage,
  explorerCatalogue,
  frontPage,
  indicatorPage,
  promPage,
  registryPage,
  reportPage,
  siteIndex,
  unitPage
} from "./slices/index.ts";

/** Council pages refuse to exist in a public build: the data they carry must never reach it. */
function councilOnly<T>(data: SiteData, page: () => T): T {
  if (data.audience !== "council") throw new Error("this page belongs to the council build only (QI_AUDIENCE=council)");
  return page();
}

/** Every page file of a site: path (relative to the pages folder) → content. */
function pageFiles(data: SiteData): Map<string, unknown> {
  const index = siteIndex(data);
  const files = new Map<string, unknown>([
    ["site-index.json", index],
    ["front.json", frontPage(data)],
    ["about.json", aboutPage(data)],
    ["survival.json", curvePage(data, "survival")],
    ["recurrence.json", curvePage(data, "recurrence")],
    ["proms.json", promPage(data)],
    ["report.json", reportPage(data)]
  ]);
  for (const id of index.registries) files.set(`registry/${id}.json`, registryPage(data, id));
  for (const id of index.indicators) files.set(`indicator/${id}.json`, indicatorPage(data, id));
  for (const id of index.units) files.set(`unit/${id}.json`, unitPage(data, id));
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

/** Writes every page's JSON for a prepared site into .qi/pages/<results>-<audience>/ (replacing earlier ones). */
export async function writePageFiles(site: Omit<PreparedSite, "pagesDir">, root = process.cwd()): Promise<string> {
  const dir = join(root, ".qi", "pages", `${basename(site.resultsDir)}-${site.audience}`);
  const staging = `${dir}.partial-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  const data = await loadSiteData(site.resultsDir, site.audience, {
    onProgress: (message) => process.stderr.write(`qi: ${message}\n`)
  });
  for (const [path, content] of pageFiles(data)) {
    const file = join(staging, path);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, typeof content === "string" ? content : JSON.stringify(content));
  }
  await rm(dir, { recursive: true, force: true });
  await rename(staging, dir);
  await pruneCache(dirname(dir), dir, 8);
  return dir;
}
