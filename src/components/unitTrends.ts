/**
 * The unit page's trends: a section per registry, a card per indicator with the unit's and the nation's
 * results over the periods, against the indicator's target.
 */
import { group } from "d3-array";
import { html } from "htl";
import { chartFigure } from "./chartFigure.js";
import { contextLabel, words, type Lang } from "./i18n.js";
import { targetText } from "./indicatorText.js";
import { trendChart } from "./trendChart.js";
import type { UnitPageData } from "./types.js";

export function unitTrends(data: UnitPageData, { lang }: { lang: Lang }): HTMLElement[] {
  const w = words[lang];
  const { unit } = data;
  const card = (d: UnitPageData["indicators"][number]) =>
    html`<div class="card">
      ${chartFigure(
        trendChart([...d.national, ...d.rows], {
          target: d.indicator.target,
          versions: d.indicator.versions,
          format: d.indicator.format,
          lang,
          width: 520,
          height: 220
        }),
        {
          title: d.indicator.title[lang],
          summary:
            `${w.unitPage.trendSummary(unit.short_name)} (${contextLabel(lang, d.context).toLowerCase()}). ` +
            `${targetText(d.indicator.target, d.indicator.format, lang)}.`
        }
      )}
    </div>`;
  return [...group(data.indicators, (d) => d.indicator.registry)].map(
    ([registry, indicators]) =>
      html`<section class="qi-unit-registry" aria-labelledby="reg-${registry}">
        <h3 id="reg-${registry}">${data.registryNames[registry][lang]}</h3>
        <div class="grid grid-cols-2 qi-auto-rows">${indicators.map(card)}</div>
      </section>`
  );
}
