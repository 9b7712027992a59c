/**
 * What a preview or build needs before Framework starts: the extract (the demo is generated on first use)
 * and its computed results (cached). Each Framework run then gets its own page data and source root
 * (loaders/build/siteRun.ts), described to it by one typed state (loaders/build/siteState.ts).
 */
import type { Audience } from "../pages/siteData.ts";
import { resolveExtract } from "./extractSource.ts";
import { ensureResults } from "./results.ts";

export interface PreparedSite {
  extractDir: string;
  resultsDir: string;
  audience: Audience;
  /** Computed from the usable rows of an extract with errors. */
  dropInvalid: boolean;
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
  return { extractDir, resultsDir, audience, dropInvalid };
}
