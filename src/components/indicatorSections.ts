/**
 * The indicator page's sections for a selection (indicatorView.ts): the trend, the units ranked, the
 * funnel, the case-mix adjusted funnel, the numbers and the definition. A section with a chart returns the
 * figure and its downloads. Charts follow the page's width through Framework's `resize`,
 * which the page passes in (components cannot reach Framework's globals).
 */
import { html } from "htl";
import { chartFigure } from "./chartFigure.js";
import { dataTable } from "./dataTable.js";
import { chartDownloads, tableDownloads } from "./downloads.js";
import { formatCount, formatInterval, formatValue } from "./format.js";
import { funnelPlot } from "./funnelPlot.js";
import { methodLinks } from "./methodLinks.js";
import { pageHref } from "./pageHref.js";
import { unitLevelLabel, unitName, words, type Lang } from "./i18n.js";
import { resultTableColumns, targetText } from "./indicatorText.js";
import type { IndicatorView } from "./indicatorView.js";
import { rankedUnits } from "./rankedUnits.js";
import { ratioFunnelPlot } from "./ratioFunnelPlot.js";
import { targetDirection } from "./targetBands.js";
import { trendChart } from "./trendChart.js";
import type { IndicatorPageData, ResultRow } from "./types.js";

/** Framework's resize: renders a chart at the width of its container, again when that changes. */
export type Resize = (render: (width: number) => Element) => Element;

interface SectionOptions {
  lang: Lang;
  resize: Resize;
}

const muted = (d: ResultRow) => (d.suppressed ? "qi-muted" : undefined);

/** "Målnivå: ≥ 80 %", with the period when the target has changed over the years. */
export function targetLine(data: IndicatorPageData, view: IndicatorView, lang: Lang): string {
  const { meta } = data;
  return `${targetText(view.target, meta.format, lang)}${meta.versions.length > 1 ? ` (${view.period})` : ""}`;
}

/** The national trend, and one unit's beside it when one is chosen. */
export function trendSection(
  data: IndicatorPageData,
  view: IndicatorView,
  compared: string,
  { lang, resize }: SectionOptions
): HTMLElement[] {
  const w = words[lang];
  const { meta } = data;
  const title = meta.title[lang];
  const rows = [
    ...view.nationalTrend,
    ...view.inContext.filter((d) => d.unit_level === view.level && d.unit_id === compared)
  ];
  const comparedName = compared ? (rows.find((d) => d.unit_id === compared)?.unit_name ?? null) : null;
  const figure = chartFigure(
    resize((width) =>
      trendChart(rows, { target: view.target, versions: meta.versions, format: meta.format, lang, width })
    ),
    {
      title: comparedName ? `${title}: ${w.nation} ${w.and} ${comparedName}` : `${title}, ${w.nation}`,
      summary: w.indicatorPage.trendSummary(
        String(view.nationalTrend[0]?.period),
        String(view.nationalTrend.at(-1)?.period),
        comparedName
      ),
      table: dataTable(rows, { caption: `${title}`, columns: resultTableColumns(lang, meta.format, { unit: true }) }),
      tableLabel: w.showData
    }
  );
  return [figure, chartDownloads(figure, { filename: `${meta.id}-trend${compared ? `-${compared}` : ""}`, lang })];
}

/** The units of the level ranked against the target and the national value. */
export function rankingSection(data: IndicatorPageData, view: IndicatorView, { lang, resize }: SectionOptions) {
  const w = words[lang];
  const { meta } = data;
  const caption = `${meta.title[lang]}: ${unitLevelLabel(lang, view.level, true)}, ${view.period}`;
  const figure = chartFigure(
    resize((width) =>
      rankedUnits(view.units, {
        target: view.target,
        national: view.national?.value,
        format: meta.format,
        lang,
        width
      })
    ),
    {
      title: caption,
      summary: w.indicatorPage.rankingSummary(unitLevelLabel(lang, view.level)),
      table: dataTable(view.units, {
        caption,
        columns: resultTableColumns(lang, meta.format, { unit: true }),
        sort: { key: "value", descending: targetDirection(view.target) !== "lower" },
        rowClass: muted
      }),
      tableLabel: w.showData
    }
  );
  return [figure, chartDownloads(figure, { filename: `${view.slug}-ranking`, lang })];
}

/** The funnel plot of the level, or a note that the selection has none. */
export function funnelSection(data: IndicatorPageData, view: IndicatorView, { lang, resize }: SectionOptions) {
  const w = words[lang];
  const { funnel } = view;
  if (!funnel) return [html`<p>${w.indicatorPage.noFunnel}</p>`];
  const figure = chartFigure(
    resize((width) =>
      funnelPlot(view.units, {
        funnel,
        target: view.target,
        format: data.meta.format,
        lang,
        width,
        xLabel: w.denominator
      })
    ),
    {
      title: w.indicatorPage.funnelTitle(unitLevelLabel(lang, view.level, true), view.period),
      summary: w.indicatorPage.funnelSummary(funnel.adjustment !== "none")
    }
  );
  return [figure, chartDownloads(figure, { filename: `${view.slug}-funnel`, lang })];
}

/** Whether the indicator has a case-mix section: adjusted results and the O/E funnel's limits. */
export const hasCaseMix = (data: IndicatorPageData) => data.meta.caseMix !== null && data.ratioFunnel !== null;

/** What the case-mix model adjusts for, and the covariates the period's model left out (separation). */
export function caseMixText(data: IndicatorPageData, view: IndicatorView, lang: Lang): DocumentFragment {
  const w = words[lang].indicatorPage;
  const note = view.separated ? w.separation(view.period) : null;
  return html<DocumentFragment>`<p>${w.caseMixText(data.meta.caseMix?.[lang] ?? "")}</p>
    ${
      note
        ? html`<p>
            ${note.before}<code>${view.separated}</code>${note.after}<a
              href="${pageHref("../about", "case-mix-separation")}"
              >${note.link}</a
            >).
          </p>`
        : ""
    }`;
}

/** Observed against expected deaths per unit, with exact Poisson limits around 1; none without case mix. */
export function caseMixSection(data: IndicatorPageData, view: IndicatorView, { lang, resize }: SectionOptions) {
  const w = words[lang];
  const lines = data.ratioFunnel;
  if (!data.meta.caseMix || !lines) return [];
  const adjusted = view.units.filter((d) => d.expected !== null);
  const figure = chartFigure(
    resize((width) => ratioFunnelPlot(adjusted, { lines, lang, width, xLabel: w.indicatorPage.expectedDeaths })),
    {
      title: w.indicatorPage.oeTitle(unitLevelLabel(lang, view.level, true), view.period),
      summary: w.indicatorPage.oeSummary,
      table: dataTable(adjusted, {
        caption: `O/E, ${view.period}`,
        columns: [
          { key: "unit_name", label: w.unit, numeric: false },
          { key: "observed", label: "O", numeric: true, format: (v) => formatCount(v as number | null, lang) },
          { key: "expected", label: "E", numeric: true, format: (v) => formatValue(v as number | null, ".1f", lang) },
          { key: "oe_ratio", label: "O/E", numeric: true, format: (v) => formatValue(v as number | null, ".2f", lang) },
          {
            key: "oe_lower",
            label: w.interval,
            numeric: true,
            format: (_, d) => formatInterval(d.oe_lower, d.oe_upper, ".2f", lang)
          },
          {
            key: "adjusted_value",
            label: w.indicatorPage.adjustedRate,
            numeric: true,
            format: (v) => formatValue(v as number | null, data.meta.format, lang)
          }
        ]
      }),
      tableLabel: w.showData
    }
  );
  return [figure, chartDownloads(figure, { filename: `${view.slug}-oe`, lang })];
}

/** The nation and the units of the selection by name, as a table with its downloads. */
export function numbersTable(data: IndicatorPageData, view: IndicatorView, lang: Lang): HTMLElement {
  const { meta } = data;
  // The nation named in the page's language, in the table and in its downloads alike.
  const rows = [view.national, ...view.units.slice().sort((a, b) => a.unit_name.localeCompare(b.unit_name, "nb"))]
    .filter((d): d is ResultRow => Boolean(d))
    .map((d) => ({ ...d, unit_name: unitName(d, lang) }));
  return html`<div class="qi-numbers">
    ${dataTable(rows, {
      caption: `${meta.title[lang]}, ${view.period}`,
      columns: resultTableColumns(lang, meta.format, { unit: true }),
      rowClass: muted
    })}${tableDownloads(rows, { filename: view.slug, lang })}
  </div>`;
}

/** The definition's facts: minimum N, periods, the target over the versions, and the SQL. */
export function definitionFacts(data: IndicatorPageData, lang: Lang): DocumentFragment {
  const w = words[lang].indicatorPage;
  const { meta } = data;
  const version = (v: (typeof meta.versions)[number]) =>
    html`<div>${v.validFrom}–${v.validTo ?? ""}: ${targetText(v.target, meta.format, lang)}</div>`;
  return html<DocumentFragment>`<dl class="qi-facts">
      <dt>${w.minDenominator}</dt>
      <dd>${meta.minDenominator}</dd>
      <dt>${w.periods}</dt>
      <dd>${meta.periodKind === "rolling3" ? w.rolling3 : w.calendarYears}</dd>
      <dt>${w.targetHistory}</dt>
      <dd>${meta.versions.map(version)}</dd>
      <dt>${w.methods}</dt>
      <dd>${methodLinks(meta.methods, { lang, aboutHref: "../about" })}</dd>
    </dl>
    <details class="qi-sql">
      <summary>${w.sql}</summary>
      <pre><code>-- ${w.population}
${meta.sql.population}
${meta.sql.event ? `\n-- ${w.event}\n${meta.sql.event}` : ""}</code></pre>
    </details>`;
}
