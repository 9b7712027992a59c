/**
 * Writes the page data of a site: cutting a page's slice needs the whole results (and, for the public build,
 * the disclosure-control pass over them), so every page's JSON is written in one go before Framework
 * starts, and each data loader only reads its file (loaders/framework/pageFiles.ts).
 */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { sitePages } from "../pages/pageData.ts";
import { loadSiteData, type Audience } from "../pages/siteData.ts";

/** Writes every page's JSON of the site cut from `resultsDir` for `audience` into `dir`. */
export async function writePageFiles(
  { resultsDir, audience }: { resultsDir: string; audience: Audience },
  dir: string
): Promise<string> {
  // The public build's disclosure pass is the long step: say what it is doing.
  const data = await loadSiteData(resultsDir, audience, {
    onProgress: (message) => process.stderr.write(`qi: ${message}\n`)
  });
  for (const [path, content] of sitePages(data)) {
    const file = join(dir, path);
    await mkdir(dirname(file), { recursive: true });
    // published.csv is text already; every page file is JSON.
    await writeFile(file, typeof content === "string" ? content : JSON.stringify(content));
  }
  return dir;
}
