/**
 * The printable annual report's data (src/[lang]/report.md, printed to PDF by loaders/publish/): per
 * registry and indicator, the national rows of every period and the health trusts of the latest confirmed
 * period, in the indicator's default context; and the provenance the report ends with. Cut from SiteData
 * like every other page slice, so the public report holds only disclosure-controlled rows.
 */
import type { IndicatorMetadata } from "../../engine/catalogueMetadata.ts";
import { versionFor } from "../../engine/periods.ts";
import { registries } from "../../extract/registries.ts";
import type { ResultRow } from "../../output/resultTables.ts";
import { cutRow, type PageRow } from "../pageRows.ts";
import type { SiteData } from "../siteData.ts";
import { aboutPage } from "./aboutPage.ts";
import { byPeriod, confirmedNational, indicatorSummary, interpretations, reportYear } from "./indicatorMeta.ts";

/** The columns the report's charts and tables use (a page row cut further: the slice stays small). */
export const reportRowColumns = [
  "period",
  "period_end",
  "group",
  "unit_id",
  "unit_level",
  "unit_name",
  "unit_short_name",
  "denominator",
  "value",
  "lower",
  "upper",
  "level",
  "change",
  "preliminary",
  "low_coverage",
  "suppressed",
  "suppression_reason"
] as const satisfies readonly (keyof PageRow)[];

export type ReportRow = Pick<PageRow, (typeof reportRowColumns)[number]>;

const reportRow = (row: ResultRow): ReportRow => cutRow(row, reportRowColumns);

/** The target in force in a year, else the latest. */
function targetIn(meta: IndicatorMetadata, year: number | null) {
  const version =
    (year === null ? undefined : versionFor(meta.versions, { end: year })) ?? meta.versions[meta.versions.length - 1];
  return version?.target ?? null;
}

function reportIndicator(data: SiteData, meta: IndicatorMetadata) {
  const rows = data.rows.filter((r) => r.indicator === meta.id && r.context === meta.defaultContext);
  const national = rows.filter((r) => r.unit_level === "nation").sort(byPeriod);
  // The latest confirmed period: not preliminary (ends on or before the affirm date) and with a national value.
  const firm = national.filter(confirmedNational);
  const latest = firm.length ? firm[firm.length - 1] : null;
  const trusts = latest ? rows.filter((r) => r.unit_level === "trust" && r.period === latest.period) : [];
  return {
    ...indicatorSummary(meta),
    target: targetIn(meta, latest?.period_end ?? null),
    measure: meta.measureUnit,
    period: latest?.period ?? null,
    // The council's most recent interpretation; null when it has written none.
    interpretation: interpretations(meta).at(-1) ?? null,
    national: national.map(reportRow),
    trusts: trusts.map(reportRow)
  };
}

export function reportPage(data: SiteData) {
  const about = aboutPage(data);
  const metas = Object.values(data.catalogue);
  const sections = registries
    .filter((r) => metas.some((m) => m.registry === r.id))
    .map((r) => ({
      id: r.id,
      name: { ...r.name },
      indicators: metas.filter((m) => m.registry === r.id).map((m) => reportIndicator(data, m))
    }));
  return {
    audience: data.audience,
    // The report's year: the latest period any indicator has confirmed (as on the front page).
    year: reportYear(data),
    synthetic: about.extract.synthetic === true,
    extract: {
      title: about.extract.title,
      extractDate: about.extract.extract_date,
      affirmDate: about.extract.affirm_date,
      period: about.extract.period,
      checksum: about.extractChecksum
    },
    codeVersion: about.codeVersion,
    indicatorVersions: about.indicators,
    registries: sections
  };
}
