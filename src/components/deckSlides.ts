/**
 * The slides of a unit's deck: a title slide, the spine-chart summary (as many screens as the indicators
 * need), then one slide per indicator with the unit's trend against the nation and the target, its place
 * among the units of its level, its value with interval and N, and the council's interpretation.
 * Each slide draws itself when shown, at the size of the screen (`scale` is 1 at 1280×720).
 */
import * as Plot from "@observablehq/plot";
import { html } from "htl";
import { chartFigure } from "./chartFigure.js";
import { flagText } from "./flagText.js";
import { axisFormat, formatCount, formatInterval, formatValue } from "./format.js";
import { contextLabel, unitLevelLabel, words, type Lang } from "./i18n.js";
import { rawHtml, suppressionReason } from "./indicatorText.js";
import { levelChip, levelStyle } from "./level.js";
import { spineChart, type SpineRow } from "./spineChart.js";
import { targetBandMarks, targetBands, versionIn } from "./targetBands.js";
import { trendChart } from "./trendChart.js";
import { nationColor, peerColor, unitColor } from "./colors.js";
import type { DeckNotes, PresentPeers, ResultRow, UnitPageData } from "./types.js";
import { valueDomain } from "./valueDomain.js";

type Entry = UnitPageData["indicators"][number];
type Peer = PresentPeers[string]["rows"][number];

export interface Slide {
  /** What the slide is about, for its label and the PDF's text. */
  title: string;
  draw: (slide: HTMLElement, scale: number) => void;
}

export interface DeckChoice {
  /** Registries and indicators to include; empty: all of the unit's. */
  registries: string[];
  indicators: string[];
  /** A year: each indicator's period ending then; "": each one's default (latest confirmed) period. */
  period: string;
}

/** Chart text is 19 px at 1280×720: above the 18 px a projector needs, scaled with the screen. */
const chartFont = 19;
/** Summary rows per screen: what fits at 1280×720 with chart-size text. */
const spineRowsPerSlide = 10;

/** The indicators a choice includes, each with the row of the period shown. */
export function deckEntries(data: UnitPageData, choice: DeckChoice) {
  return data.indicators
    .filter((d) => choice.registries.length === 0 || choice.registries.includes(d.indicator.registry))
    .filter((d) => choice.indicators.length === 0 || choice.indicators.includes(d.indicator.id))
    .map((d) => {
      const own =
        choice.period === ""
          ? d.rows.find((r) => r.period === d.period)
          : d.rows
              .filter((r) => String(r.period_end) === choice.period)
              .sort((a, b) => a.period_start - b.period_start)
              .at(-1);
      return { entry: d, own, period: own?.period ?? (choice.period || d.period) };
    });
}

export type DeckEntry = ReturnType<typeof deckEntries>[number];

/** The years any of the unit's indicators has a result for: the deck's period choices. */
export function deckYears(data: UnitPageData): string[] {
  return [...new Set(data.indicators.flatMap((d) => d.rows.map((r) => String(r.period_end))))].sort();
}

const shownValue = (row: ResultRow | undefined) => (row && !row.suppressed && row.value !== null ? row.value : null);

/** The peers' results in the period shown. */
function peersOf(peers: PresentPeers, { entry, own }: DeckEntry): Peer[] {
  return own ? (peers[entry.indicator.id]?.rows ?? []).filter((r) => r.period === own.period) : [];
}

export function spineRow(d: DeckEntry, peers: PresentPeers, lang: Lang): SpineRow {
  const { entry, own } = d;
  const values = peersOf(peers, d)
    .map((p) => (p.suppressed ? null : p.value))
    .filter((v): v is number => v !== null);
  const national = entry.national.find((n) => n.period === own?.period);
  const value = shownValue(own);
  return {
    id: entry.indicator.id,
    title: entry.indicator.title[lang],
    period: d.period,
    format: entry.indicator.format,
    value,
    // As on the unit page (unitSummary.ts): the value, or why it is hidden.
    shown: own
      ? own.suppressed
        ? suppressionReason(own, lang)
        : formatValue(own.value, entry.indicator.format, lang)
      : "–",
    level: value === null ? null : (own?.level ?? null),
    national: shownValue(national as ResultRow | undefined),
    min: values.length ? Math.min(...values) : null,
    max: values.length ? Math.max(...values) : null,
    target: versionIn(entry.indicator.versions, own?.period_end ?? Infinity)?.target ?? entry.indicator.target
  };
}

/** The units of the level ranked by value with their intervals: the unit highlighted, the nation dashed. */
function peerRanking(
  rows: Peer[],
  {
    unitId,
    national,
    entry,
    lang,
    width,
    height,
    scale
  }: { unitId: string; national: number | null; entry: Entry; lang: Lang; width: number; height: number; scale: number }
) {
  const shown = rows.filter((r) => !r.suppressed && r.value !== null) as (Peer & { value: number })[];
  const target = entry.indicator.target;
  const lower = "direction" in (target ?? {}) && (target as { direction: string }).direction === "lower";
  const order = shown
    .slice()
    .sort((a, b) => (lower ? a.value - b.value : b.value - a.value))
    .map((r, i) => ({ ...r, rank: i + 1 }));
  const format = entry.indicator.format;
  const domain = valueDomain([...shown.flatMap((d) => [d.value, d.lower, d.upper]), national], {
    proportion: format.endsWith("%"),
    target
  });
  const own = order.filter((r) => r.unit_id === unitId);
  const others = order.filter((r) => r.unit_id !== unitId);
  return Plot.plot({
    width,
    height,
    marginLeft: 56 * scale * 1.9,
    marginBottom: 34 * scale,
    style: { fontSize: `${chartFont * scale}px` },
    x: { label: null, ticks: [], domain: [0.5, order.length + 0.5] },
    y: { domain, grid: true, label: null, tickFormat: axisFormat(format, domain, lang), ticks: 5 },
    marks: [
      ...targetBandMarks(targetBands(target, domain)),
      national === null
        ? null
        : Plot.ruleY([national], { stroke: nationColor, strokeDasharray: "6,4", strokeWidth: 2.5 * scale }),
      Plot.ruleX(others, { x: "rank", y1: "lower", y2: "upper", stroke: peerColor, strokeWidth: 1.5 * scale }),
      Plot.dot(others, { x: "rank", y: "value", fill: peerColor, r: 3.5 * scale }),
      Plot.ruleX(own, { x: "rank", y1: "lower", y2: "upper", stroke: unitColor, strokeWidth: 3 * scale }),
      Plot.dot(own, { x: "rank", y: "value", fill: unitColor, stroke: "white", r: 7 * scale }),
      Plot.text(own, {
        x: "rank",
        y: "value",
        text: "unit_short_name",
        dy: -16 * scale,
        fill: unitColor,
        fontWeight: "bold",
        stroke: "white",
        strokeWidth: 4 * scale,
        paintOrder: "stroke"
      })
    ]
  });
}

/** The size of a chart holder once its slide is laid out. */
function boxOf(node: HTMLElement): { width: number; height: number } {
  const rect = node.getBoundingClientRect();
  return { width: Math.floor(rect.width), height: Math.floor(rect.height) };
}

/**
 * Draws a chart figure filling `holder`: drawn once at the holder's height to measure what its title and
 * legend take, then again with the plot that much lower.
 */
function drawFitted(holder: HTMLElement, draw: (width: number, height: number) => HTMLElement): void {
  const { width, height } = boxOf(holder);
  let plot = height;
  for (let attempt = 0; attempt < 3; attempt++) {
    holder.replaceChildren(draw(width, plot));
    const over = holder.scrollHeight - holder.clientHeight;
    if (over <= 0) return;
    plot = Math.max(80, plot - over - 1);
  }
}

function titleSlide(data: UnitPageData, notes: DeckNotes, entries: DeckEntry[], lang: Lang): Slide {
  const w = words[lang];
  const { unit } = data;
  const registries = [...new Set(entries.map((d) => d.entry.indicator.registry))].map(
    (r) => data.registryNames[r][lang]
  );
  const periods = [...new Set(entries.map((d) => d.period))];
  return {
    title: unit.name,
    draw: (slide) =>
      slide.replaceChildren(
        html`<div class="qi-slide-title">
          <p class="qi-slide-kicker">${w.deck.kicker}</p>
          <h1>${unit.name}</h1>
          <p>${unitLevelLabel(lang, unit.level)}${data.parents.map((p) => ` · ${p.name}`)}</p>
          <p>${w.deck.periods(periods.join(", "))}</p>
          <p>${w.deck.indicators(entries.length, registries.join(", "))}</p>
          ${notes.synthetic ? html`<p class="qi-slide-note" role="note">${w.header.synthetic}</p>` : ""}
          <p class="qi-slide-hint">${w.deck.keys}</p>
        </div>`
      )
  };
}

function summarySlides(data: UnitPageData, peers: PresentPeers, entries: DeckEntry[], lang: Lang): Slide[] {
  const w = words[lang];
  const rows = entries.map((d) => spineRow(d, peers, lang));
  const parts = Math.ceil(rows.length / spineRowsPerSlide);
  return Array.from({ length: parts }, (_, i) => {
    const title = parts > 1 ? w.deck.summaryPart(i + 1, parts) : w.deck.summary;
    return {
      title,
      draw: (slide: HTMLElement, scale: number) => {
        const holder = html`<div class="qi-slide-fill"></div>` as HTMLElement;
        slide.replaceChildren(
          html`<h2>${title}</h2>`,
          html`<p class="qi-spine-legend">
            <span class="qi-spine-key qi-spine-key-range"></span> ${w.deck.spineRange}
            <span class="qi-spine-key qi-spine-key-nation"></span> ${w.deck.spineNation}
            <span class="qi-spine-key qi-spine-key-target"></span> ${w.deck.spineTarget}
            ${(["high", "moderate", "low"] as const).map(
              (l) => html`<span style="color:${levelStyle[l].color}" aria-hidden="true">${levelStyle[l].symbol}</span>`
            )}
          </p>`,
          holder
        );
        const { width } = boxOf(holder);
        holder.append(
          spineChart(rows.slice(i * spineRowsPerSlide, (i + 1) * spineRowsPerSlide), {
            unit: data.unit.short_name,
            lang,
            width,
            scale
          })
        );
      }
    };
  });
}

function indicatorSlide(data: UnitPageData, notes: DeckNotes, peers: PresentPeers, d: DeckEntry, lang: Lang): Slide {
  const w = words[lang];
  const { entry, own } = d;
  const { unit } = data;
  const format = entry.indicator.format;
  const national = entry.national.find((n) => n.period === own?.period);
  const year = own?.period_end ?? Number(d.period);
  // The council's latest interpretation written by the report of the year after the period.
  const interpretation = (notes.interpretations[entry.indicator.id] ?? []).filter((t) => t.year <= year + 1).at(-1);
  const note = versionIn(entry.indicator.versions, year)?.note;
  const value = () => {
    if (!own)
      return html`<p class="qi-slide-value">–</p>
        <p>${w.deck.noResult}</p>`;
    if (own.suppressed)
      return html`<p class="qi-slide-value">–</p>
        <p class="qi-slide-hidden">${w.deck.hiddenNote} <strong>${suppressionReason(own, lang)}</strong></p>`;
    return html`<p class="qi-slide-value">${formatValue(own.value, format, lang)}</p>
      <p>
        ${w.deck.interval(formatInterval(own.lower, own.upper, format, lang))} ·
        ${w.deck.ofN(formatCount(own.denominator, lang))}${own.preliminary ? ` · ${w.preliminary}` : ""}${
          own.low_coverage ? ` · ${w.lowCoverage}` : ""
        }
      </p>
      <p>${levelChip(own.level, lang, { showText: true })}</p>
      <p>
        ${w.nation}: ${formatValue(shownValue(national as ResultRow | undefined), format, lang)} ·
        ${flagText(own.flag, lang)}
      </p>`;
  };
  return {
    title: entry.indicator.title[lang],
    draw: (slide, scale) => {
      const trendHolder = html`<div class="qi-slide-chart"></div>` as HTMLElement;
      const rankHolder = html`<div class="qi-slide-chart"></div>` as HTMLElement;
      slide.replaceChildren(
        html`<p class="qi-slide-kicker">
          ${data.registryNames[entry.indicator.registry][lang]} · ${contextLabel(lang, entry.context)} · ${d.period}
        </p>`,
        html`<h2>${entry.indicator.title[lang]}</h2>`,
        html`<div class="qi-slide-columns">
          <div class="qi-slide-charts">${trendHolder}${rankHolder}</div>
          <div class="qi-slide-text">
            <div class="qi-slide-result" data-unit="${unit.id}">${value()}</div>
            ${
              interpretation
                ? html`<div class="qi-slide-interpretation">
                    <h3>${w.deck.interpretationFor(interpretation.year)}</h3>
                    ${rawHtml(interpretation.text[lang])}
                  </div>`
                : html`<p class="qi-slide-muted">${w.deck.noInterpretation}</p>`
            }
            ${note ? html`<p><strong>${w.deck.notes}:</strong> ${note[lang]}</p>` : ""}
          </div>
        </div>`
      );
      drawFitted(trendHolder, (width, height) =>
        chartFigure(
          trendChart([...entry.national, ...entry.rows], {
            target: entry.indicator.target,
            versions: entry.indicator.versions,
            format,
            lang,
            width,
            height,
            fontSize: chartFont * scale,
            scale: 1.5 * scale
          }),
          { title: w.deck.trend(unit.short_name), summary: w.deck.trendSummary(unit.short_name) }
        )
      );
      const level = unitLevelLabel(lang, unit.level, true);
      const peerRows = peersOf(peers, d);
      if (peerRows.filter((r) => !r.suppressed && r.value !== null).length < 2)
        rankHolder.replaceChildren(html`<p class="qi-slide-muted">${w.deck.notRanked}</p>`);
      else
        drawFitted(rankHolder, (width, height) =>
          chartFigure(
            peerRanking(peerRows, {
              unitId: unit.id,
              national: shownValue(national as ResultRow | undefined),
              entry,
              lang,
              width,
              height,
              scale
            }),
            { title: w.deck.ranking(level, d.period), summary: w.deck.rankingSummary(unit.short_name, level) }
          )
        );
    }
  };
}

export function deckSlides(
  data: UnitPageData,
  { notes, peers }: { notes: DeckNotes; peers: PresentPeers },
  choice: DeckChoice,
  lang: Lang
): Slide[] {
  const entries = deckEntries(data, choice);
  return [
    titleSlide(data, notes, entries, lang),
    ...summarySlides(data, peers, entries, lang),
    ...entries.map((d) => indicatorSlide(data, notes, peers, d, lang))
  ];
}
