/**
 * What the Framework data loaders in src/data call: read one page's JSON from the folder the site's
 * preparation wrote (QI_PAGES), or a council-only results file. Kept free of heavy imports so that each of
 * the ~150 loader runs of a build starts fast.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";

/** A Framework route parameter passed to a data loader as --name=value. */
export function routeParam(name: string, argv = process.argv.slice(2)): string {
  const { values } = parseArgs({ args: argv, options: { [name]: { type: "string" } }, strict: false });
  const value = values[name];
  if (typeof value !== "string" || value === "") throw new Error(`data loader: missing --${name}=…`);
  return value;
}

async function pagesDir(): Promise<string> {
  if (process.env.QI_PAGES) return process.env.QI_PAGES;
  // Framework run directly, without `qi build` or `qi dev`: prepare the site now (slow, once).
  const { currentSite } = await import("../build/prepare.ts");
  return (await currentSite()).pagesDir;
}

/** The JSON of one page: "front", "indicator/lung-mdt", … */
export async function pageJson(path: string): Promise<string> {
  const file = join(await pagesDir(), `${path}.json`);
  if (!existsSync(file)) throw new Error(`no page data ${path}.json for this site (is "${path}" in the results?)`);
  return readFileSync(file, "utf8");
}

/** A council-only results file (the patient-level cohort views) as bytes for the explorer. */
export async function councilFile(name: "cohort.arrow" | "cohort-proms.arrow"): Promise<Uint8Array> {
  const { currentSite } = await import("../build/prepare.ts");
  const site = await currentSite();
  if (site.audience !== "council")
    throw new Error(`${name} is patient-level and belongs to the council build only (QI_AUDIENCE=council)`);
  return readFileSync(join(site.resultsDir, name));
}
