/**
 * Everything a preview or build needs before Framework starts: the extract (the demo is generated on first
 * use) and its computed results (cached). The folders are handed to Framework and its data loaders
 * through the environment, so every loader reads the same results.
 */
import { resolveExtract } from "./extractSource.ts";
import { ensureResults } from "./results.ts";
import { writePageFiles } from "../pages/pageData.ts";

export type Audience = "public" | "council";

export interface PreparedSite {
  extractDir: string;
  resultsDir: string;
  audience: Audience;
  /** Computed from the usable rows of an extract with errors. */
  dropInvalid: boolean;
  /** Every page's JSON, cut from the results (loaders/pages/pageData.ts). */
  pagesDir: string;
}

const progress = (message: string) => process.stderr.write(`qi: ${message}\n`);

export async function prepareSite({
  audience,
  dropInvalid = false
}: {
  audience: Audience;
  dropInvalid?: boolean;
}): Promise<PreparedSite> {
  const extractDir = await resolveExtract({ onProgress: progress });
  const resultsDir = await ensureResults(extractDir, { dropInvalid, onProgress: progress });
  const pagesDir = await writePageFiles({ extractDir, resultsDir, audience, dropInvalid });
  return { extractDir, resultsDir, audience, dropInvalid, pagesDir };
}

/** The environment variables that tell Framework's config and data loaders which site they build. */
export function siteEnv(site: PreparedSite): Record<string, string> {
  return {
    QI_EXTRACT_DIR: site.extractDir,
    QI_RESULTS: site.resultsDir,
    QI_AUDIENCE: site.audience,
    QI_DROP_INVALID: String(site.dropInvalid),
    QI_PAGES: site.pagesDir
  };
}

/** The prepared site described by the environment, or prepared now (when Framework is run directly). */
export async function currentSite(env: NodeJS.ProcessEnv = process.env): Promise<PreparedSite> {
  const audience: Audience = env.QI_AUDIENCE === "council" ? "council" : "public";
  if (env.QI_RESULTS && env.QI_EXTRACT_DIR && env.QI_PAGES) {
    return {
      extractDir: env.QI_EXTRACT_DIR,
      resultsDir: env.QI_RESULTS,
      audience,
      dropInvalid: env.QI_DROP_INVALID === "true",
      pagesDir: env.QI_PAGES
    };
  }
  const site = await prepareSite({ audience });
  // Later loaders in this process tree reuse the same folders.
  Object.assign(process.env, siteEnv(site));
  return site;
}
