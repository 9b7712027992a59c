/**
 * One patient-reported outcome on the PROM page: its description, the national mean scores over time since
 * treatment for the period followed longest (recent patients have not reached 3 and 5 years), one line per
 * treatment, and the results one year after treatment by region for the latest period.
 */
import { html } from "htl";
import { chartFigure } from "./chartFigure.js";
import { dataTable } from "./dataTable.js";
import { chartDownloads, tableDownloads } from "./downloads.js";
import { formatCount, formatInterval, formatValue } from "./format.js";
import { unitNames, words, type Lang } from "./i18n.js";
import type { Resize } from "./indicatorSections.js";
import { rawHtml, suppressionReason } from "./indicatorText.js";
import { promChart } from "./promChart.js";
import type { PromPageData, PromPoint } from "./types.js";

type Entry = PromPageData["indicators"][number];

/** The latest period whose national series reaches the most follow-up times. */
export function followedLongest(series: PromPoint[]): string | undefined {
  const periods = [...new Set(series.map((d) => d.period))].sort();
  const reach = (p: string) =>
    new Set(series.filter((d) => d.unit_id === "nation" && d.period === p).map((d) => d.time)).size;
  const longest = Math.max(...periods.map(reach));
  return periods.filter((p) => reach(p) === longest).at(-1);
}

export function promSection(
  { meta, series, rows }: Entry,
  { units, lang, resize }: { units: PromPageData["units"]; lang: Lang; resize: Resize }
): HTMLElement {
  const w = words[lang];
  const names = unitNames(units, lang);
  const label = (group: string | null) => meta.groups?.find((g) => g.id === group)?.label[lang] ?? group ?? "";
  const followed = followedLongest(series);
  const latest = [...new Set(rows.map((r) => r.period))].sort().at(-1);
  const national = series.filter((d) => d.unit_id === "nation" && d.period === followed);
  const figure = chartFigure(
    resize((width) => promChart(national, { lang, groupLabel: label, width })),
    {
      title: `${meta.title[lang]}, ${w.nation}, ${followed}`,
      summary: w.promsPage.summary(String(followed)),
      table: dataTable(
        national.map((d) => ({ ...d, treatment: label(d.group) })),
        {
          caption: meta.title[lang],
          columns: [
            { key: "treatment", label: w.treatment, numeric: false },
            {
              key: "time",
              label: w.promsPage.daysAfter,
              numeric: true,
              format: (v) => formatCount(Math.round(v as number), lang)
            },
            { key: "estimate", label: w.value, numeric: true, format: (v) => formatValue(v as number, ".1f", lang) },
            {
              key: "lower",
              label: w.interval,
              numeric: true,
              format: (_, d) => formatInterval(d.lower, d.upper, ".1f", lang)
            },
            { key: "n_risk", label: "n", numeric: true, format: (v) => formatCount(v as number, lang) }
          ]
        }
      ),
      tableLabel: w.showData
    }
  );
  const latestRows = rows
    .filter((r) => r.period === latest)
    .map((r) => ({ ...r, unit_name: names.get(r.unit_id) ?? r.unit_name, treatment: label(r.group) }));
  const table = dataTable(latestRows, {
    caption: `${meta.title[lang]}, ${latest}`,
    columns: [
      { key: "unit_name", label: w.unit, numeric: false },
      { key: "treatment", label: w.treatment, numeric: false },
      {
        key: "value",
        label: w.value,
        numeric: true,
        format: (v, r) => (r.suppressed ? suppressionReason(r, lang) : formatValue(v as number, meta.format, lang))
      },
      {
        key: "lower",
        label: w.interval,
        numeric: true,
        format: (_, r) => formatInterval(r.lower, r.upper, meta.format, lang)
      },
      { key: "denominator", label: w.denominator, numeric: true, format: (v) => formatCount(v as number, lang) }
    ]
  });
  return html`<section aria-label="${meta.title[lang]}">
    <h2>${meta.title[lang]}</h2>
    ${rawHtml(meta.long[lang])} ${figure}${chartDownloads(figure, { filename: `${meta.id}-national`, lang })}
    <h3>${w.promsPage.oneYearByRegion} (${latest})</h3>
    ${table} ${tableDownloads(latestRows, { filename: `${meta.id}-${latest}`, lang })}
  </section>`;
}
