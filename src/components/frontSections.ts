/**
 * The front page's lists: what changed most since the previous period (chosen by the frontPage slice), and
 * a card per registry with each indicator's latest confirmed national result against its target.
 */
import { html } from "htl";
import { formatChange, formatValue } from "./format.js";
import { words, type Lang } from "./i18n.js";
import { targetText } from "./indicatorText.js";
import { levelChip } from "./level.js";
import { pageHref } from "./pageHref.js";
import { trendArrow } from "./trendArrow.js";
import type { FrontPageData } from "./types.js";

/** The list items of the changes: value, goal attainment, arrow, and whether the attainment changed. */
export function changeItems(data: FrontPageData, lang: Lang): HTMLElement[] {
  const w = words[lang];
  return data.changes.map(({ indicator, row, previousLevel }) => {
    const { format, target } = indicator;
    const newLevel = previousLevel && previousLevel !== row.level ? w.frontPage.newAttainment : "";
    const href = pageHref(`./indicator/${indicator.id}`);
    return html`<li>
      <a href="${href}">${indicator.title[lang]}</a>: ${formatValue(row.value, format, lang)}
      ${levelChip(row.level, lang)} ${trendArrow(row.change, { target, format, lang })}
      <span class="qi-muted">(${formatChange(row.change, format, lang)}${newLevel})</span>
    </li>`;
  });
}

/** A card per registry: each indicator's latest confirmed national result, its goal attainment and target. */
export function registryCards(data: FrontPageData, lang: Lang): HTMLElement[] {
  const w = words[lang];
  const item = (
    r: FrontPageData["registries"][number],
    indicator: FrontPageData["registries"][number]["indicators"][number]
  ) => {
    const row = r.national.find((d) => d.indicator === indicator.id);
    const preliminary = row?.preliminary ? html` <small class="qi-muted">(${w.preliminary.toLowerCase()})</small>` : "";
    return html`<li>
      <a href="${pageHref(`./indicator/${indicator.id}`)}">${indicator.title[lang]}</a>:
      <strong>${formatValue(row?.value, indicator.format, lang)}</strong>
      ${levelChip(row?.level ?? null, lang)}${preliminary}<br /><small
        >${targetText(indicator.target, indicator.format, lang)}</small
      >
    </li>`;
  };
  return data.registries.map(
    (r) =>
      html`<section class="card qi-registry-card" aria-labelledby="reg-${r.id}">
        <h3 id="reg-${r.id}"><a href="${pageHref(`./registry/${r.id}`)}">${r.name[lang]}</a></h3>
        <ul>
          ${r.indicators.map((indicator) => item(r, indicator))}
        </ul>
      </section>`
  );
}
