/**
 * Page data: each function cuts what one page needs from the site's results (already disclosure-controlled
 * for the public build) and returns a JSON-ready object for its page (the components type the parts they draw in
 * src/components/types.ts). Texts written in markdown (descriptions, interpretations) become HTML here, at build time.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { IndicatorMetadata } from "../engine/catalogueMetadata.ts";
import { registries } from "../extract/registries.ts";
import type { ResultRow } from "../output/resultTables.ts";
import { proportionFunnelLines, ratioFunnelLines, type FunnelLine } from "./funnelLines.ts";
import { renderText } from "./markdownText.ts";
import { pageRow, roundForPage, type PageRow } from "./pageRows.ts";
import type { SiteData, UnitRecord } from "./siteData.ts";

type Text = { nb: string; en: string };


const periodKind = (meta: IndicatorMetadata) => (meta.period === "year" ? "year" : "rolling3");

function registryName(id: string): Text {
  const registry = registries.find((r) => r.id === id);
  return registry ? { ...registry.name } : { nb: id, en: id };
}

/** The summary of an indicator that overview pages show. */
export function indicatorSummary(meta: IndicatorMetadata) {
  const latest = meta.versions[meta.versions.length - 1];
  return {
    id: meta.id,
    registry: meta.registry,
    title: meta.title,
    short: meta.shortDescription,
    format: meta.format,
    target: latest?.target ?? null,
    defaultContext: meta.defaultContext,
    contexts: meta.contexts,
    type: meta.type,
    periodKind: periodKind(meta),
    groups: meta.groups,
    // Targets can change between years: charts over time draw each period against its version's target.
    versions: meta.versions.map((v) => ({ version: v.version, validFrom: v.validFrom, validTo: v.validTo, target: v.target, note: v.note }))
  };
}

function indicatorMeta(meta: IndicatorMetadata) {
  const latest = meta.versions[meta.versions.length - 1];
  const interpretation = Object.entries(meta.interpretations)
    .map(([year, text]) => ({ year: Number(year), text: renderText(text) }))
    .filter((d) => d.text.nb || d.text.en)
    .sort((a, b) => a.year - b.year);
  return {
    ...indicatorSummary(meta),
    long: renderText(meta.longDescription),
    measure: meta.measureUnit,
    minDenominator: meta.minDenominator,
    coverageThreshold: meta.coverage?.threshold ?? null,
    caseMix: meta.caseMix !== null,
    horizonYears: meta.horizonYears,
    interpretation,
    sql: { population: latest.sql.where, event: latest.sql.event }
  };
}

const byPeriod = (a: { period_end: number; period_start: number }, b: { period_end: number; period_start: number }) => a.period_end - b.period_end || a.period_start - b.period_start;

function periodsOf(rows: ResultRow[]): string[] {
  const seen = new Map<string, ResultRow>();
  for (const row of rows) if (!seen.has(row.period)) seen.set(row.period, row);
  return [...seen.values()].sort(byPeriod).map((r) => r.period);
}

/** The latest period that is not preliminary (the default selection), or the latest of all. */
function latestFirmPeriod(rows: ResultRow[]): string | null {
  const firm = rows.filter((r) => !r.preliminary && r.unit_id === "nation" && r.value !== null).sort(byPeriod);
  return firm.length ? firm[firm.length - 1].period : null;
}

export function indicatorPage(data: SiteData, id: string) {
  const meta = data.catalogue[id];
  if (!meta) throw new Error(`no indicator "${id}" in the results (indicators.json)`);
  // Periods with no national result at all (survival periods too recent to reach the horizon) are left out.
  const all = data.rows.filter((r) => r.indicator === id);
  const resulted = new Set(all.filter((r) => r.unit_id === "nation" && (r.value !== null || r.suppressed)).map((r) => r.period));
  const rows = all.filter((r) => resulted.has(r.period));
  const levels: Record<string, string[]> = {};
  for (const context of meta.contexts) {
    const columns = meta.unitColumns[context];
    levels[context] = [...(columns?.hospital ? ["hospital"] : []), "trust", "region"];
  }
  const proportionLike = meta.type === "proportion" || meta.type === "coverage";
  const funnels = data.funnels
    .filter((f) => f.indicator === id && proportionLike)
    .map((f) => {
      const sizes = rows.filter((r) => r.period === f.period && r.context === f.context && r.group === f.group && r.unit_level === f.unit_level).map((r) => r.denominator ?? 0);
      const lines: FunnelLine[] = proportionFunnelLines(f, Math.max(10, Math.ceil(Math.max(0, ...sizes) * 1.1)));
      return { period: f.period, context: f.context, group: f.group, unit_level: f.unit_level, center: f.center, adjustment: f.adjustment, phi: f.phi, lines: lines.map(roundLine) };
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
    ratioFunnel: meta.caseMix && expected.some((e) => e > 0) ? ratioFunnelLines(Math.max(...expected) * 1.1).map(roundLine) : null
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

const units = (data: SiteData) => data.units.filter((u) => u.level !== "nation");

/** Each indicator's rows in its default context for the last `years` period-end years. */
export function registryPage(data: SiteData, registry: string, { years = 5 } = {}) {
  const metas = Object.values(data.catalogue).filter((m) => m.registry === registry);
  if (metas.length === 0) throw new Error(`no indicators for registry "${registry}"`);
  const ids = new Set(metas.map((m) => m.id));
  const defaults = new Map(metas.map((m) => [m.id, m.defaultContext]));
  const all = data.rows.filter((r) => ids.has(r.indicator) && r.context === defaults.get(r.indicator) && r.group === null);
  const ends = [...new Set(all.map((r) => r.period_end))].sort((a, b) => a - b).slice(-years);
  // Shown first: the latest year with a confirmed national result, as on the front page.
  const firm = all.filter((r) => r.unit_id === "nation" && !r.preliminary && r.value !== null).map((r) => r.period_end);
  return {
    registry: { id: registry, name: registryName(registry) },
    indicators: metas.map(indicatorSummary),
    rows: all.filter((r) => ends.includes(r.period_end)).map(pageRow),
    years: ends,
    defaultYear: firm.length ? Math.max(...firm) : (ends.at(-1) ?? null),
    units: units(data)
  };
}

/**
 * The unit's indicators: at a hospital, those attributed to hospitals (the default context when it has a
 * hospital level, else the first one that does); at a trust or region, each indicator's default context.
 */
export function unitPage(data: SiteData, unitId: string) {
  const unit = data.units.find((u) => u.id === unitId);
  if (!unit || unit.level === "nation") throw new Error(`no unit "${unitId}"`);
  const parents: UnitRecord[] = [];
  for (let p = unit.parent_id; p && p !== "nation"; ) {
    const parent = data.units.find((u) => u.id === p);
    if (!parent) break;
    parents.push(parent);
    p = parent.parent_id;
  }
  const indicators = Object.values(data.catalogue).flatMap((meta) => {
    const context =
      unit.level !== "hospital" ? meta.defaultContext : [meta.defaultContext, ...meta.contexts].find((c) => meta.unitColumns[c]?.hospital);
    if (!context) return [];
    const rows = data.rows.filter((r) => r.indicator === meta.id && r.context === context && r.unit_id === unit.id && r.group === null);
    if (rows.length === 0) return [];
    return [
      {
        indicator: indicatorSummary(meta),
        context,
        rows: rows.map(pageRow),
        national: data.rows.filter((r) => r.indicator === meta.id && r.context === context && r.unit_id === "nation" && r.group === null).map(pageRow)
      }
    ];
  });
  return {
    unit,
    parents,
    children: data.units.filter((u) => u.parent_id === unit.id),
    indicators,
    registryNames: Object.fromEntries(registries.map((r) => [r.id, { ...r.name }]))
  };
}

export function frontPage(data: SiteData, { changes = 8 } = {}) {
  const manifest = data.manifest.extract.manifest;
  // Headlines use each indicator's latest confirmed period with a value; preliminary periods (after the
  // affirm date) are still filling up and would show reporting lag as change.
  const national = data.rows.filter(
    (r) => r.unit_id === "nation" && r.group === null && r.context === data.catalogue[r.indicator]?.defaultContext && !r.preliminary && r.value !== null
  );
  const latestYear = Math.max(...national.map((r) => r.period_end));
  const latest = new Map<string, PageRow>();
  for (const row of national.sort(byPeriod)) latest.set(row.indicator, pageRow(row));
  const previousLevel = (row: PageRow) =>
    national.filter((r) => r.indicator === row.indicator && r.period_end === row.period_end - 1).map((r) => r.level)[0] ?? null;
  const moved = [...latest.values()]
    .filter((r) => r.change !== null && data.catalogue[r.indicator].type !== "median-time")
    .map((row) => ({ row, previousLevel: previousLevel(row) }))
    .sort((a, b) => Number(b.previousLevel !== b.row.level) - Number(a.previousLevel !== a.row.level) || Math.abs(b.row.change ?? 0) - Math.abs(a.row.change ?? 0) || a.row.indicator.localeCompare(b.row.indicator))
    .slice(0, changes)
    .map(({ row, previousLevel }) => ({ indicator: indicatorSummary(data.catalogue[row.indicator]), row, previousLevel }));
  return {
    title: manifest.title,
    synthetic: manifest.synthetic === true,
    latestYear,
    registries: registries
      .filter((r) => Object.values(data.catalogue).some((m) => m.registry === r.id))
      .map((r) => {
        const metas = Object.values(data.catalogue).filter((m) => m.registry === r.id);
        return { id: r.id, name: { ...r.name }, indicators: metas.map(indicatorSummary), national: metas.flatMap((m) => (latest.has(m.id) ? [latest.get(m.id) as PageRow] : [])) };
      }),
    changes: moved
  };
}

/**
 * The survival or recurrence page: per indicator of the type, the curves of the most recent periods whose
 * national curve reaches the horizon (older ones add little and weigh much), and the k-year results.
 */
export function curvePage(data: SiteData, type: "relative-survival" | "cumulative-incidence", { periods = 3 } = {}) {
  const metas = Object.values(data.catalogue).filter((m) => m.type === type);
  return {
    indicators: metas.map((meta) => {
      const horizon = (meta.horizonYears ?? 5) * 365.241;
      const curves = data.curves.filter((c) => c.indicator === meta.id && c.context === meta.defaultContext);
      const complete = [...new Set(curves.filter((c) => c.unit_id === "nation" && c.time >= horizon - 1 && c.estimate !== null).map((c) => c.period))].sort().slice(-periods);
      return {
        meta: indicatorMeta(meta),
        periods: complete,
        curves: curves
          .filter((c) => complete.includes(c.period))
          .map((c) => ({ unit_id: c.unit_id, unit_level: c.unit_level, period: c.period, time: roundForPage(c.time) as number, estimate: roundForPage(c.estimate), lower: roundForPage(c.lower), upper: roundForPage(c.upper), n_risk: c.n_risk })),
        rows: data.rows.filter((r) => r.indicator === meta.id && r.context === meta.defaultContext && complete.includes(r.period)).map(pageRow)
      };
    }),
    units: units(data)
  };
}

/** The PROM page: mean scores by treatment over time since treatment, nationally and by region, and the indicator's results. */
export function promPage(data: SiteData) {
  const metas = Object.values(data.catalogue).filter((m) => m.type === "mean-score");
  return {
    indicators: metas.map((meta) => ({
      meta: indicatorMeta(meta),
      series: data.curves
        .filter((c) => c.indicator === meta.id && c.context === meta.defaultContext && (c.unit_level === "nation" || c.unit_level === "region"))
        .map((c) => ({ unit_id: c.unit_id, unit_level: c.unit_level, period: c.period, group: c.group, time: c.time, estimate: roundForPage(c.estimate), lower: roundForPage(c.lower), upper: roundForPage(c.upper), n_risk: c.n_risk })),
      rows: data.rows.filter((r) => r.indicator === meta.id && r.context === meta.defaultContext && (r.unit_level === "nation" || r.unit_level === "region")).map(pageRow)
    })),
    units: units(data)
  };
}

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
      unitColumns: meta.unitColumns,
      versions: meta.versions.map((v) => ({ version: v.version, validFrom: v.validFrom, validTo: v.validTo, target: v.target, sql: v.sql }))
    })),
    units: units(data),
    years: { from: Math.min(...years), to: Math.max(...years) }
  };
}

export function aboutPage(data: SiteData) {
  const { manifest } = data;
  return {
    audience: data.audience,
    extract: manifest.extract.manifest,
    extractChecksum: manifest.extract.checksum,
    codeVersion: `${manifest.code.version}${manifest.code.commit ? ` (${manifest.code.commit.slice(0, 12)})` : ""}`,
    engine: manifest.engine,
    indicators: manifest.indicators
  };
}

/** The registries, indicators and units a site has pages for. */
export function siteIndex(data: SiteData) {
  const metas = Object.values(data.catalogue);
  return {
    registries: registries.filter((r) => metas.some((m) => m.registry === r.id)).map((r) => r.id),
    indicators: metas.map((m) => m.id),
    units: data.units.filter((u) => u.level === "hospital" || u.level === "trust").map((u) => u.id),
    synthetic: data.manifest.extract.manifest.synthetic === true
  };
}
