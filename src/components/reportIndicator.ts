/**
 * One indicator of the printed annual report: title, target, the national result of the latest confirmed
 * period in numbers and words, the national trend, the health trusts ranked against the target, the
 * council's interpretation and a compact table. Charts are drawn at a fixed width so that the printed
 * layout never depends on the window the page was opened in.
 */
import { chartFigure } from "./chartFigure.js";
import { formatCount, formatInterval, formatValue } from "./format.js";
import { words, type Lang } from "./i18n.js";
import { rawHtml, suppressionText, targetText } from "./indicatorText.js";
import { levelChip } from "./level.js";
import { rankedUnits } from "./rankedUnits.js";
import { reportTable } from "./reportTable.js";
import { bestFirst } from "./targetBands.js";
import { trendChart } from "./trendChart.js";
import type { ReportIndicator, ReportRow, ReportSection } from "./types.js";

export interface ReportIndicatorOptions {
  lang: Lang;
  /** Chart width in CSS pixels: the A4 text width (180 mm ≈ 680 px). */
  width?: number;
}

type Group = NonNullable<ReportIndicator["groups"]>[number] | null;

/** " (treatment name)" after a grouped indicator's title; empty for an ungrouped one. */
const groupSuffix = (group: Group, lang: Lang) => (group ? ` (${group.label[lang].toLowerCase()})` : "");

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (string | Node)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** Best first (bestFirst), as the ranking chart draws them; hidden results last, by name. */
function ranked(rows: ReportRow[], indicator: ReportIndicator): ReportRow[] {
  const better = bestFirst(indicator.target);
  return rows.slice().sort((a, b) => {
    if (a.value === null || b.value === null)
      return Number(a.value === null) - Number(b.value === null) || a.unit_name.localeCompare(b.unit_name, "nb");
    return better(a.value, b.value);
  });
}

/** "Nasjonalt 2022: 38 % (95 % konfidensintervall 35 %–41 %, N = 1 234). ● Høy måloppnåelse" */
function nationalSummary(
  row: ReportRow | undefined,
  indicator: ReportIndicator,
  group: Group,
  lang: Lang
): HTMLElement {
  const fmt = indicator.format;
  const label = `${words[lang].national} ${indicator.period}${group ? `, ${group.label[lang].toLowerCase()}` : ""}: `;
  if (!row || row.value === null)
    return element("p", { class: "qi-report-summary" }, label, words[lang].report.noResult);
  return element(
    "p",
    { class: "qi-report-summary" },
    label,
    element("strong", { class: "qi-report-value" }, formatValue(row.value, fmt, lang)),
    ` (${words[lang].interval} ` +
      `${formatInterval(row.lower, row.upper, fmt, lang)}, N = ` +
      `${formatCount(row.denominator, lang)}). `,
    levelChip(row.level, lang, { showText: true })
  );
}

export function reportIndicator(
  indicator: ReportIndicator,
  { lang, width = 680 }: ReportIndicatorOptions
): HTMLElement {
  const id = `indicator-${indicator.id}`;
  const fmt = indicator.format;
  const w = words[lang];
  const title = indicator.title[lang];
  const article = element("article", { class: "qi-report-indicator", id, "aria-labelledby": `${id}-title` });
  // The title, target, national result and trend stay on one page together.
  const head = element(
    "div",
    { class: "qi-report-indicator-head" },
    element("h3", { id: `${id}-title` }, title),
    element("p", { class: "qi-report-short" }, indicator.short[lang]),
    element("p", { class: "qi-target" }, targetText(indicator.target, fmt, lang))
  );
  article.append(head);
  if (indicator.period === null) {
    head.append(element("p", { class: "qi-note" }, w.report.noConfirmed));
    return article;
  }
  const groups: Group[] = indicator.groups ?? [null];
  const groupOf = (row: ReportRow) => row.group ?? null;
  const nationalNow = (group: Group) =>
    indicator.national.find((r) => r.period === indicator.period && groupOf(r) === (group?.id ?? null));
  for (const group of groups) head.append(nationalSummary(nationalNow(group), indicator, group, lang));

  // National trend; a grouped indicator draws one line per group, named by the group.
  const groupLabel = indicator.groups
    ? (r: { group?: string | null }) => indicator.groups?.find((g) => g.id === r.group)?.label[lang] ?? ""
    : undefined;
  const first = indicator.national[0]?.period;
  const last = indicator.national[indicator.national.length - 1]?.period;
  head.append(
    chartFigure(
      trendChart(indicator.national, {
        target: indicator.target,
        versions: indicator.versions,
        format: fmt,
        lang,
        width,
        height: 200,
        seriesLabel: groupLabel
      }),
      {
        title: `${title}: ${w.report.nationalTrend}`,
        summary: w.report.trendSummary(first, last, indicator.target !== null)
      }
    )
  );

  for (const group of groups) {
    const trusts = ranked(
      indicator.trusts.filter((r) => groupOf(r) === (group?.id ?? null)),
      indicator
    );
    const national = nationalNow(group);
    const heading = `${title}${groupSuffix(group, lang)}: ${w.levelTrust}, ${indicator.period}`;
    if (trusts.some((r) => r.value !== null && !r.suppressed)) {
      article.append(
        chartFigure(
          rankedUnits(trusts, {
            target: indicator.target,
            national: national?.value ?? null,
            format: fmt,
            lang,
            width
          }),
          {
            title: heading,
            summary: w.report.rankingSummary(indicator.target !== null)
          }
        )
      );
    } else {
      article.append(element("p", { class: "qi-note" }, w.report.noTrustResult(heading)));
    }
    if (trusts.some((r) => r.suppressed))
      article.append(element("p", { class: "qi-note" }, suppressionText(trusts, lang)));
  }

  if (indicator.interpretation) {
    const { year, text } = indicator.interpretation;
    article.append(
      element(
        "section",
        { class: "qi-interpretation", "aria-labelledby": `${id}-interpretation` },
        element("h4", { id: `${id}-interpretation` }, `${w.interpretation} (${year})`),
        rawHtml(text[lang])
      )
    );
  }

  for (const group of groups) {
    const rows = [
      nationalNow(group),
      ...ranked(
        indicator.trusts.filter((r) => groupOf(r) === (group?.id ?? null)),
        indicator
      )
    ].filter((r): r is ReportRow => r !== undefined);
    article.append(
      reportTable(rows, {
        caption: `${title}${groupSuffix(group, lang)}: ${w.nation} ${w.and} ${w.levelTrust}, ${indicator.period}`,
        format: fmt,
        lang
      })
    );
  }
  return article;
}

/** A registry's section: its name as the heading, then each indicator. Printing starts it on a new page. */
export function reportSection(section: ReportSection, options: ReportIndicatorOptions): HTMLElement {
  const id = `registry-${section.id}`;
  const node = element(
    "section",
    { class: "qi-report-registry", id, "aria-labelledby": `${id}-title` },
    element("h2", { id: `${id}-title` }, section.name[options.lang])
  );
  for (const indicator of section.indicators) node.append(reportIndicator(indicator, options));
  return node;
}
