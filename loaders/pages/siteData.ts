/**
 * The computed results as one site sees them. For the public build every result row, funnel and curve has
 * passed disclosure control (loaders/disclosure/publish.ts) before any page slice is cut from it, so no slice
 * can leak a hidden cell. The council build shows every unit.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { tableFromIPC } from "apache-arrow";
import type { IndicatorMetadata } from "../engine/catalogueMetadata.ts";
import { codeVersion } from "../engine/provenance.ts";
import type { FunnelRecord, ResultsManifest, UnitInfo } from "../output/resultFiles.ts";
import { defaultIndicatorsDir } from "../engine/catalogue.ts";
import {
  countsEvents,
  disclosurePlan,
  publishCurves,
  publishRows,
  type DisclosurePlan
} from "../disclosure/publish.ts";
import { applyPolicy, loadDisclosurePolicy, type AppliedPolicy } from "../disclosure/policy.ts";
import type { CurveRow, ResultRow } from "../output/resultTables.ts";

/** Who a site is for: the public report publishes only disclosure-controlled aggregates. */
export type Audience = "public" | "council";

export interface SiteData {
  audience: Audience;
  resultsDir: string;
  rows: ResultRow[];
  curves: CurveRow[];
  catalogue: Record<string, IndicatorMetadata>;
  units: UnitInfo[];
  funnels: FunnelRecord[];
  manifest: ResultsManifest;
  /** Public build: the disclosure policy applied and what it hid. */
  disclosure: { policy: AppliedPolicy; summary: DisclosurePlan["summary"] } | null;
}

/** Arrow rows as plain objects (Int32 and Float64 arrive as numbers, Utf8 as strings). */
function readArrow<T>(path: string): T[] {
  const table = tableFromIPC(readFileSync(path));
  const names = table.schema.fields.map((f) => f.name);
  const columns = names.map((name) => table.getChild(name)!.toArray() as ArrayLike<unknown>);
  const nullable = names.map((name) => table.getChild(name)!);
  const rows: T[] = new Array(table.numRows);
  for (let i = 0; i < table.numRows; i++) {
    const row: Record<string, unknown> = {};
    for (let c = 0; c < names.length; c++) row[names[c]] = nullable[c].isValid(i) ? columns[c][i] : null;
    rows[i] = row as T;
  }
  return rows;
}

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, "utf8")) as T;

/**
 * The results' manifest, with this build's code version: cached results are reused across commits that
 * leave the computing code unchanged, so the commit that first computed them is not the site's.
 */
export function siteManifest(resultsDir: string): ResultsManifest {
  return { ...readJson<ResultsManifest>(join(resultsDir, "manifest.json")), code: codeVersion() };
}

/** The disclosure policy of the indicators folder, checked against the catalogue. */
export async function sitePolicy(
  catalogue: Record<string, IndicatorMetadata>,
  indicatorsDir = defaultIndicatorsDir
): Promise<AppliedPolicy> {
  return applyPolicy(
    await loadDisclosurePolicy(indicatorsDir),
    Object.values(catalogue).map((m) => ({ id: m.id, registry: m.registry, countsEvents: countsEvents(m.type) }))
  );
}

export async function loadSiteData(
  resultsDir: string,
  audience: Audience,
  { onProgress }: { onProgress?: (message: string) => void } = {}
): Promise<SiteData> {
  const catalogue = readJson<Record<string, IndicatorMetadata>>(join(resultsDir, "indicators.json"));
  const units = readJson<UnitInfo[]>(join(resultsDir, "units.json"));
  const manifest = siteManifest(resultsDir);
  const rows = readArrow<ResultRow>(join(resultsDir, "results.arrow"));
  const curves = readArrow<CurveRow>(join(resultsDir, "curves.arrow"));
  const funnels = readJson<FunnelRecord[]>(join(resultsDir, "funnels.json"));
  if (audience === "council")
    return { audience, resultsDir, rows, curves, catalogue, units, funnels, manifest, disclosure: null };
  const policy = await sitePolicy(catalogue);
  const engine = manifest.engine as { level?: number; overdispersion?: string; minUnitsForOverdispersion?: number };
  const plan = await disclosurePlan({
    resultsDir,
    rows,
    catalogue,
    units,
    policy,
    level: engine.level ?? 0.95,
    onProgress
  });
  const published = publishRows(rows, units, plan, policy, catalogue, {
    overdispersion: (engine.overdispersion ?? "additive") as "additive",
    minUnitsForOverdispersion: engine.minUnitsForOverdispersion ?? 5
  });
  // The pages say "fewer than N patients" with the policy's N.
  const publicCatalogue = Object.fromEntries(
    Object.entries(catalogue).map(([id, meta]) => {
      const rules = policy.registries.find((r) => r.registry === meta.registry)!;
      return [id, { ...meta, minDenominator: (rules.indicators[id] ?? rules.rules).minDenominator }];
    })
  );
  return {
    audience,
    resultsDir,
    rows: published.rows,
    curves: publishCurves(curves, published.rows, policy, catalogue),
    catalogue: publicCatalogue,
    units,
    funnels: published.funnels,
    manifest,
    disclosure: { policy, summary: plan.summary }
  };
}
