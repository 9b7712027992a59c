/** The council's data-quality page: the account of the extract's validation, as `qi compute` wrote it. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { DataQualityReport } from "../../extract/dataQuality.ts";
import type { SiteData } from "../siteData.ts";

export function dataQualityPage(data: SiteData): DataQualityReport {
  return JSON.parse(readFileSync(join(data.resultsDir, "data-quality.json"), "utf8")) as DataQualityReport;
}
