/**
 * The computed results as one site sees them. For the public build every result row has passed disclosure
 * control (loaders/output/disclosure.ts) before any page slice is cut from it, so no slice can leak a
 * hidden cell; curves of hidden cells are dropped and the others end where fewer than the minimum number
 * of patients remain at risk; funnels are dropped where the national value (their centre) is hidden.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { tableFromIPC } from "apache-arrow";
import type { IndicatorMetadata } from "../engine/catalogueMetadata.ts";
import { measureFor } from "../engine/measures/index.ts";
import { codeVersion } from "../engine/provenance.ts";
import {
  cellKey,
  protectForPublication,
  tableKey,
  type Additivity,
  type DisclosureRules
} from "../output/disclosure.ts";
import type { FunnelRecord, ResultsManifest, UnitInfo } from "../output/resultFiles.ts";
import type { CurveRow, ResultRow } from "../output/resultTables.ts";
import type { Audience } from "../build/prepare.ts";

export interface SiteData {
  audience: Audience;
  resultsDir: string;
  rows: ResultRow[];
  curves: CurveRow[];
  catalogue: Record<string, IndicatorMetadata>;
  units: UnitInfo[];
  funnels: FunnelRecord[];
  manifest: ResultsManifest;
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

/** How each indicator type's published numbers can be added up (and so differenced): its measure says. */
export function additivityOf(type: string): Additivity {
  return measureFor(type).additivity;
}

export function disclosureRules(catalogue: Record<string, IndicatorMetadata>): (indicator: string) => DisclosureRules {
  return (indicator) => {
    const meta = catalogue[indicator];
    if (!meta) throw new Error(`disclosure: no catalogue entry for indicator ${indicator}`);
    return { minDenominator: meta.minDenominator, additivity: additivityOf(meta.type) };
  };
}

/**
 * Curves end where fewer than `minimum` patients remain at risk, for a whole level at once: from the first
 * time any unit of a level (in one indicator, period, context and group) falls below it, that level's
 * points are dropped, so a cut point cannot be recovered as the parent minus its published siblings (the
 * numbers at risk, and a mean score's sums, add up over a level).
 */
export function cutCurves(curves: CurveRow[], minimum: (indicator: string) => number): CurveRow[] {
  const levelKey = (c: CurveRow) => `${tableKey(c)}|${c.unit_level}`;
  const cutAt = new Map<string, number>();
  for (const c of curves) {
    if (c.n_risk === null || c.n_risk >= minimum(c.indicator)) continue;
    const key = levelKey(c);
    cutAt.set(key, Math.min(cutAt.get(key) ?? Infinity, c.time));
  }
  return curves.filter((c) => c.time < (cutAt.get(levelKey(c)) ?? Infinity));
}

/**
 * The results' manifest, with this build's code version: cached results are reused across commits that
 * leave the computing code unchanged, so the commit that first computed them is not the site's.
 */
export function siteManifest(resultsDir: string): ResultsManifest {
  return { ...readJson<ResultsManifest>(join(resultsDir, "manifest.json")), code: codeVersion() };
}

export function loadSiteData(resultsDir: string, audience: Audience): SiteData {
  const catalogue = readJson<Record<string, IndicatorMetadata>>(join(resultsDir, "indicators.json"));
  const rawRows = readArrow<ResultRow>(join(resultsDir, "results.arrow"));
  const rawCurves = readArrow<CurveRow>(join(resultsDir, "curves.arrow"));
  const rows = audience === "public" ? protectForPublication(rawRows, disclosureRules(catalogue)) : rawRows;
  let curves = rawCurves;
  let funnels = readJson<FunnelRecord[]>(join(resultsDir, "funnels.json"));
  if (audience === "public") {
    // A curve is published only where the unit's result is (same indicator, period, context and group).
    const hidden = new Set(rows.filter((r) => r.suppressed).map(cellKey));
    curves = cutCurves(
      rawCurves.filter((c) => !c.suppressed && !hidden.has(cellKey(c))),
      (indicator) => Math.max(5, catalogue[indicator].minDenominator)
    );
    const hiddenNation = new Set(rows.filter((r) => r.suppressed && r.unit_level === "nation").map(tableKey));
    funnels = funnels.filter((f) => !hiddenNation.has(tableKey(f)));
  }
  return {
    audience,
    resultsDir,
    rows,
    curves,
    catalogue,
    units: readJson<UnitInfo[]>(join(resultsDir, "units.json")),
    funnels,
    manifest: siteManifest(resultsDir)
  };
}
