import { readFileSync } from "node:fs";
import { join } from "node:path";
import { measureFor } from "../../engine/measures/index.ts";
import type { SiteData } from "../siteData.ts";
import { indicatorSummary, siteUnits } from "./indicatorMeta.ts";

/**
 * The council explorer's catalogue: each indicator's SQL per version and its unit columns per context, and
 * how to load the cohort tables (their setup statements and column descriptions, from cohort-columns.json).
 */
export function explorerCatalogue(data: SiteData) {
  const years = data.rows.map((r) => r.period_end);
  const cohort = JSON.parse(readFileSync(join(data.resultsDir, "cohort-columns.json"), "utf8")) as {
    tables: Record<string, string>;
    setup: string[];
    columns: Record<string, { name: string; type: string; description: string }[]>;
  };
  return {
    tables: cohort.tables,
    setup: cohort.setup,
    columns: cohort.columns,
    indicators: Object.values(data.catalogue).map((meta) => ({
      ...indicatorSummary(meta),
      // What the explorer recomputes live (counts, a median, a mean); null: not offered.
      live: measureFor(meta.type).live,
      unitColumns: meta.unitColumns,
      versions: meta.versions.map((v) => ({
        version: v.version,
        validFrom: v.validFrom,
        validTo: v.validTo,
        target: v.target,
        sql: v.sql
      }))
    })),
    units: siteUnits(data),
    years: { from: Math.min(...years), to: Math.max(...years) }
  };
}
