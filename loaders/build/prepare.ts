/**
 * Everything a preview or build needs before Framework starts: the extract (the demo is generated on first
 * use), its computed results (cached) and every page's data. Framework is then told which site it builds
 * through one typed state (loaders/build/siteState.ts).
 */
import type { Audience } from "../pages/siteData.ts";
import { resolveExtract } from "./extractSource.ts";
import { writePageFiles } from "./pageCache.ts";
import { ensureResults } from "./results.ts";
import type { SiteState } from "./siteState.ts";

export interface PreparedSite {
  extractDir: string;
  resultsDir: string;
  audience: Audience;
  /** Computed from the usable rows of an extract with errors. */
  dropInvalid: boolean;
  /** Every page's JSON, cut from the results (loaders/build/pageCache.ts). */
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
  const pagesDir = await writePageFiles({ resultsDir, audience });
  return { extractDir, resultsDir, audience, dropInvalid, pagesDir };
}

/** What Framework needs to know of a prepared site; `output` is where a build writes it. */
export function frameworkState({ audience, resultsDir, pagesDir }: PreparedSite, output?: string): SiteState {
  return { audience, resultsDir, pagesDir, ...(output === undefined ? {} : { output }) };
}
