/**
 * The indicator page's view of every unit over time, for the council's annual interpretation: small
 * multiples (one trend per unit of the chosen level, on the same scales, each with the nation and the
 * target) and a units × periods table with the target level's symbol in each cell, both narrowed by a
 * filter (comparison.ts) kept in the URL and in the downloads' rows and file names. Hidden cells stay
 * hidden: a unit whose result is hidden passes no filter, and its cells show "–" with the reason.
 */
import * as Inputs from "@observablehq/inputs";
import { html } from "htl";
import { chartFigure } from "./chartFigure.js";
import { comparisonFilters, comparisonOrders, filterUnits, type ComparisonFilter } from "./comparison.js";
import type { ComparisonOrder } from "./comparison.js";
import { tableDownloads } from "./downloads.js";
import { formatValue } from "./format.js";
import { unitLevelLabel, words, type Lang } from "./i18n.js";
import { suppressionReason } from "./indicatorText.js";
import type { IndicatorView } from "./indicatorView.js";
import { levelChip } from "./level.js";
import { targetDirection } from "./targetBands.js";
import { trendChart } from "./trendChart.js";
import type { IndicatorPageData, ResultRow } from "./types.js";
import { urlParams } from "./urlParams.js";
import { bindParam, readParam } from "./urlState.js";
import { valueDomain } from "./valueDomain.js";

export function comparisonInputs(lang: Lang) {
  const w = words[lang].comparison;
  const filterParam = urlParams.filter.spec();
  const orderParam = urlParams.order.spec();
  return {
    filter: bindParam(
      Inputs.select(comparisonFilters, {
        label: w.filter,
        format: (f) => w.filters[f as ComparisonFilter],
        value: readParam(filterParam)
      }),
      filterParam
    ),
    order: bindParam(
      Inputs.radio(comparisonOrders, {
        label: w.order,
        format: (o) => w.orders[o as ComparisonOrder],
        value: readParam(orderParam)
      }),
      orderParam
    )
  };
}

/** The units of the view's level that pass the filter, in the order chosen, with their rows over time. */
export function comparedUnits(view: IndicatorView, filter: ComparisonFilter, order: ComparisonOrder) {
  const rows = view.inContext.filter((d) => d.unit_level === view.level);
  const kept = filterUnits(rows, view.period, filter);
  const units = [...new Map(rows.map((r) => [r.unit_id, r.unit_short_name || r.unit_name])).entries()].filter(([id]) =>
    kept.has(id)
  );
  const latest = (id: string) => {
    const r = rows.find((d) => d.unit_id === id && d.period === view.period);
    return r && !r.suppressed ? r.value : null;
  };
  const lowerIsBetter = targetDirection(view.target) === "lower";
  const byName = (a: [string, string], b: [string, string]) => a[1].localeCompare(b[1], "nb");
  units.sort(
    order === "name"
      ? byName
      : (a, b) => {
          const [x, y] = [latest(a[0]), latest(b[0])];
          // Units without a published value last, by name.
          if (x === null || y === null) return (x === null ? 1 : 0) - (y === null ? 1 : 0) || byName(a, b);
          return (lowerIsBetter ? x - y : y - x) || byName(a, b);
        }
  );
  return {
    total: new Set(rows.map((r) => r.unit_id)).size,
    units: units.map(([id, name]) => ({ id, name, rows: rows.filter((r) => r.unit_id === id) }))
  };
}

export function comparisonSection(
  data: IndicatorPageData,
  view: IndicatorView,
  { filter, order, lang }: { filter: ComparisonFilter; order: ComparisonOrder; lang: Lang }
): HTMLElement[] {
  const w = words[lang];
  const { meta } = data;
  const { units, total } = comparedUnits(view, filter, order);
  const level = unitLevelLabel(lang, view.level, true);
  const all = [...view.nationalTrend, ...units.flatMap((u) => u.rows)].filter((r) => !r.suppressed);
  const domain = valueDomain(
    all.flatMap((d) => [d.value, d.lower, d.upper]),
    { proportion: meta.format.endsWith("%"), target: view.target }
  );
  const count = html`<p class="qi-note" role="status">${w.comparison.shown(units.length, total, level)}</p>`;
  if (units.length === 0) return [count];
  const panels = html`<div class="qi-multiples">
    ${units.map(
      (u) =>
        html`<div class="qi-multiple" data-unit="${u.id}">
          <div class="qi-multiple-title">${u.name}</div>
          ${trendChart([...view.nationalTrend, ...u.rows], {
            target: meta.target,
            versions: meta.versions,
            format: meta.format,
            lang,
            width: 220,
            height: 140,
            domain,
            legend: false,
            // Named so that the period labels are thinned to fit the small width.
            fontSize: 10
          })}
        </div>`
    )}
  </div>`;
  const figure = chartFigure(panels, {
    title: w.comparison.multiplesTitle(level),
    summary: w.comparison.multiplesSummary(level)
  });
  const periods = data.periods;
  const cell = (r: ResultRow | undefined) => {
    if (!r || (r.value === null && !r.suppressed)) return html`<td class="qi-num">–</td>`;
    if (r.suppressed)
      return html`<td class="qi-num" title="${suppressionReason(r, lang)}">
        –<span class="qi-visually-hidden">${suppressionReason(r, lang)}</span>
      </td>`;
    return html`<td class="qi-num">${formatValue(r.value, meta.format, lang)} ${levelChip(r.level, lang)}</td>`;
  };
  const table = html`<div
    class="qi-table-wrap"
    tabindex="0"
    role="region"
    aria-label="${w.comparison.tableCaption(level)}"
  >
    <table class="qi-unit-periods">
      <caption>
        ${w.comparison.tableCaption(level)}
      </caption>
      <thead>
        <tr>
          <th scope="col">${w.unit}</th>
          ${periods.map((p) => html`<th scope="col" class="qi-num">${p}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${units.map(
          (u) =>
            html`<tr data-unit="${u.id}">
              <th scope="row">${u.name}</th>
              ${periods.map((p) => cell(u.rows.find((r) => r.period === p)))}
            </tr>`
        )}
      </tbody>
    </table>
  </div>`;
  // The downloads hold the rows the table shows, and their file name says which filter chose them.
  const rows = units.flatMap((u) =>
    u.rows.map((r) => ({
      unit: u.name,
      period: r.period,
      value: r.suppressed ? null : r.value,
      lower: r.suppressed ? null : r.lower,
      upper: r.suppressed ? null : r.upper,
      level: r.suppressed ? null : r.level,
      hidden: r.suppressed ? suppressionReason(r, lang) : ""
    }))
  );
  const downloads = tableDownloads(rows, { filename: `${view.slug.replace(/-[^-]+$/, "")}-${filter || "all"}`, lang });
  return [count, figure, table, downloads];
}
