/**
 * What the Framework data loaders in src/data call: read one page's JSON from the folder the site's
 * preparation wrote, or a council-only results file. Kept free of heavy imports so that each of
 * the ~150 loader runs of a build starts fast.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { readSiteState } from "../build/siteState.ts";

/** A Framework route parameter passed to a data loader as --name=value. */
export function routeParam(name: string, argv = process.argv.slice(2)): string {
  const { values } = parseArgs({ args: argv, options: { [name]: { type: "string" } }, strict: false });
  const value = values[name];
  if (typeof value !== "string" || value === "") throw new Error(`data loader: missing --${name}=…`);
  return value;
}

/** The JSON of one page: "front", "indicator/lung-mdt", … */
export function pageJson(path: string): string {
  const file = join(readSiteState().pagesDir, `${path}.json`);
  if (!existsSync(file)) throw new Error(`no page data ${path}.json for this site (is "${path}" in the results?)`);
  return readFileSync(file, "utf8");
}

/** A council-only results file (the patient-level cohort views) as bytes for the explorer. */
export function councilFile(name: "cohort.arrow" | "cohort-proms.arrow"): Uint8Array {
  const site = readSiteState();
  if (site.audience !== "council") throw new Error(`${name} is patient-level and belongs to the council build only`);
  return readFileSync(join(site.resultsDir, name));
}
