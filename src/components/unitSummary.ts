/**
 * The unit page's overview: one row per indicator with the unit's result of the period its slice chose
 * (loaders/pages/slices/unitPage.ts), the goal attainment, the change, the national result and the funnel
 * position, ordered by registry and title; as a sortable table and as the rows its downloads hold.
 */
import { dataTable } from "./dataTable.js";
import { tableDownloads } from "./downloads.js";
import { flagText } from "./flagText.js";
import { formatCount, formatValue } from "./format.js";
import { contextLabel, words, type Lang } from "./i18n.js";
import { suppressionReason } from "./indicatorText.js";
import { levelChip } from "./level.js";
import { pageHref } from "./pageHref.js";
import { trendArrow } from "./trendArrow.js";
import type { ResultRow, TargetLevel, UnitPageData } from "./types.js";

type Entry = UnitPageData["indicators"][number];

export interface UnitSummaryRow extends Record<string, unknown> {
  id: string;
  registry: string;
  title: string;
  context: string;
  period: string;
  value: number | null;
  /** The result as shown: the value, or why it is hidden. */
  shown: string;
  national: string;
  level: ResultRow["level"] | undefined;
  change: number | null;
  n: number | null;
  funnel: string;
  row: ResultRow | undefined;
  indicator: Entry["indicator"];
}

export function unitSummary(data: UnitPageData, lang: Lang): UnitSummaryRow[] {
  const registryOrder = Object.keys(data.registryNames);
  return data.indicators
    .map((d): UnitSummaryRow => {
      const own = d.rows.find((r) => r.period === d.period);
      const national = d.national.find((n) => n.period === own?.period);
      const shown = own && !own.suppressed;
      return {
        id: d.indicator.id,
        registry: data.registryNames[d.indicator.registry][lang],
        title: d.indicator.title[lang],
        context: contextLabel(lang, d.context),
        period: own?.period ?? "–",
        value: shown ? own.value : null,
        shown: shown ? formatValue(own.value, d.indicator.format, lang) : own ? suppressionReason(own, lang) : "–",
        national: formatValue(national?.value, d.indicator.format, lang),
        level: own?.suppressed || own?.value == null ? undefined : own.level,
        change: own?.change ?? null,
        n: own?.denominator ?? null,
        funnel: own && !own.suppressed && own.value !== null ? flagText(own.flag, lang) : "–",
        row: own,
        indicator: d.indicator
      };
    })
    .sort(
      (a, b) =>
        registryOrder.indexOf(a.indicator.registry) - registryOrder.indexOf(b.indicator.registry) ||
        a.title.localeCompare(b.title, "nb")
    );
}

export function unitSummaryTable(
  rows: UnitSummaryRow[],
  { unit, lang }: { unit: UnitPageData["unit"]; lang: Lang }
): HTMLElement {
  const w = words[lang];
  return dataTable(rows, {
    caption: w.unitPage.caption(unit.name),
    columns: [
      { key: "registry", label: w.registry, numeric: false },
      {
        key: "title",
        label: w.indicator,
        numeric: false,
        format: (v, d) => {
          const a = document.createElement("a");
          a.href = pageHref(`../indicator/${d.id}`);
          a.textContent = String(v);
          return a;
        }
      },
      { key: "period", label: w.period, numeric: false },
      { key: "shown", label: unit.short_name, numeric: true, sortValue: (d) => d.value },
      {
        key: "level",
        label: w.target,
        numeric: false,
        format: (v) => (v === undefined ? "–" : levelChip(v as TargetLevel | null, lang, { showText: true }))
      },
      {
        key: "change",
        label: w.change,
        numeric: true,
        format: (v, d) =>
          trendArrow(v as number | null, { target: d.indicator.target, format: d.indicator.format, lang })
      },
      { key: "national", label: w.nation, numeric: true },
      { key: "n", label: w.denominator, numeric: true, format: (v) => formatCount(v as number | null, lang) },
      { key: "funnel", label: w.unitPage.funnel, numeric: false }
    ],
    stack: { heading: "title" }
  });
}

/** The overview as a download: what the table shows, without the rows behind it. */
export function unitSummaryDownloads(
  rows: UnitSummaryRow[],
  { unit, lang }: { unit: UnitPageData["unit"]; lang: Lang }
): HTMLElement {
  return tableDownloads(
    rows.map(({ row: _row, indicator: _indicator, ...rest }) => rest),
    { filename: `${unit.id}-indicators`, lang }
  );
}
