/**
 * The page data of a prepared site, written once under .qi/pages/<results>-<audience>/: cutting a page's
 * slice needs the whole results (and, for the public build, the disclosure-control pass over them), so
 * every page's JSON is written in one go here, and each Framework data loader only reads its file
 * (loaders/framework/pageFiles.ts).
 */
import { mkdir, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { sitePages } from "../pages/pageData.ts";
import { loadSiteData, type Audience } from "../pages/siteData.ts";
import { pruneCache } from "./prune.ts";
import { removeDeadPartials, stagingFor } from "./swapFolder.ts";

/** Writes every page's JSON of the site cut from `resultsDir` for `audience` (replacing an earlier one). */
export async function writePageFiles(
  { resultsDir, audience }: { resultsDir: string; audience: Audience },
  root = process.cwd()
): Promise<string> {
  const dir = join(root, ".qi", "pages", `${basename(resultsDir)}-${audience}`);
  await removeDeadPartials(dirname(dir));
  const staging = stagingFor(dir);
  for (const [path, content] of sitePages(loadSiteData(resultsDir, audience))) {
    const file = join(staging, path);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, JSON.stringify(content));
  }
  await rm(dir, { recursive: true, force: true });
  await rename(staging, dir);
  await pruneCache(dirname(dir), dir, 8);
  return dir;
}
