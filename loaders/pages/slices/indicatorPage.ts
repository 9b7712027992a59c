/** The indicator page: every period, context and level of one indicator, with its funnels. */
import type { ResultRow } from "../../output/resultTables.ts";
import { proportionFunnelLines, ratioFunnelLines, type FunnelLine } from "../funnelLines.ts";
import { pageRow, roundForPage } from "../pageRows.ts";
import { measureFor } from "../../engine/measures/index.ts";
import type { FunnelRecord } from "../../output/resultFiles.ts";
import type { SiteData } from "../siteData.ts";
import { byPeriod, confirmedNational, indicatorMeta, registryName } from "./indicatorMeta.ts";

function periodsOf(rows: ResultRow[]): string[] {
  const seen = new Map<string, ResultRow>();
  for (const row of rows) if (!seen.has(row.period)) seen.set(row.period, row);
  return [...seen.values()].sort(byPeriod).map((r) => r.period);
}

/** The latest period that is not preliminary (the default selection), or the latest of all. */
function latestFirmPeriod(rows: ResultRow[]): string | null {
  const firm = rows.filter(confirmedNational).sort(byPeriod);
  return firm.length ? firm[firm.length - 1].period : null;
}

export function indicatorPage(data: SiteData, id: string) {
  const meta = data.catalogue[id];
  if (!meta) throw new Error(`no indicator "${id}" in the results (indicators.json)`);
  // Periods with no national result at all (survival periods too recent to reach the horizon) are left out.
  const all = data.rows.filter((r) => r.indicator === id);
  const resulted = new Set(
    all.filter((r) => r.unit_id === "nation" && (r.value !== null || r.suppressed)).map((r) => r.period)
  );
  const rows = all.filter((r) => resulted.has(r.period));
  const levels: Record<string, string[]> = {};
  for (const context of meta.contexts) {
    const columns = meta.unitColumns[context];
    levels[context] = [...(columns?.hospital ? ["hospital"] : []), "trust", "region"];
  }
  // Only binomial funnels are drawn, with their exact limits (proportionFunnelLines).
  const binomial = measureFor(meta.type).funnel === "proportion";
  const funnels = data.funnels
    // No national value, no funnel to draw around it.
    .filter((f): f is FunnelRecord & { center: number } => f.indicator === id && binomial && f.center !== null)
    .map((f) => {
      const sizes = rows
        .filter(
          (r) =>
            r.period === f.period && r.context === f.context && r.group === f.group && r.unit_level === f.unit_level
        )
        .map((r) => r.denominator ?? 0);
      const lines: FunnelLine[] = proportionFunnelLines(f, Math.max(10, Math.ceil(Math.max(0, ...sizes) * 1.1)));
      return {
        period: f.period,
        context: f.context,
        group: f.group,
        unit_level: f.unit_level,
        center: f.center,
        adjustment: f.adjustment,
        phi: f.phi,
        lines: lines.map(roundLine)
      };
    });
  const expected = rows.map((r) => r.expected ?? 0);
  return {
    meta: indicatorMeta(meta),
    registryName: registryName(meta.registry),
    periods: periodsOf(rows),
    defaultPeriod: latestFirmPeriod(rows),
    levels,
    rows: rows.map(pageRow),
    funnels,
    ratioFunnel:
      meta.caseMix && expected.some((e) => e > 0) ? ratioFunnelLines(Math.max(...expected) * 1.1).map(roundLine) : null,
    /** "context|period" → the covariates the case-mix model left out there (docs/methods.md#case-mix-separation). */
    caseMixSeparation: Object.fromEntries(
      rows
        .filter((r) => r.unit_level === "nation" && r.oe_separation)
        .map((r) => [`${r.context}|${r.period}`, r.oe_separation])
    )
  };
}

function roundLine(line: FunnelLine): FunnelLine {
  return {
    n: line.n,
    lower95: roundForPage(line.lower95) as number,
    upper95: roundForPage(line.upper95) as number,
    lower998: roundForPage(line.lower998) as number,
    upper998: roundForPage(line.upper998) as number
  };
}
