/**
 * Values over periods with the target bands behind them: the national line and, optionally, one or more
 * units. Preliminary periods (after the affirm date) are drawn hollow and dashed.
 */
import * as Plot from "@observablehq/plot";
import { seriesScale } from "./colors.js";
import { axisFormat, formatValue } from "./format.js";
import { targetBandMarks, targetBandMarksOverTime, targetBands, versionIn } from "./targetBands.js";
import { valueDomain } from "./valueDomain.js";
import { unitName, type Lang } from "./i18n.js";
import type { ResultRow, Target, TargetVersion } from "./types.js";

/** The columns a trend reads: result rows of the pages and of the printed report alike. */
export type TrendRow = Pick<
  ResultRow,
  "period" | "period_end" | "unit_level" | "unit_name" | "value" | "lower" | "upper" | "preliminary" | "suppressed"
>;

export interface TrendOptions<R extends TrendRow = TrendRow> {
  target?: Target | null;
  /** The indicator's versions: where their targets differ, each period is drawn against its own. */
  versions?: Pick<TargetVersion, "validFrom" | "validTo" | "target">[];
  format: string;
  lang: Lang;
  width?: number;
  height?: number;
  /** The name of a row's series (default: its unit, in the page's language). */
  seriesLabel?: (d: R) => string;
  /** Fix the value axis (default: valueDomain of the data and the target). */
  domain?: [number, number];
  /** Projector sizes: the chart text in px (default Plot's 10) and a factor for lines and markers. */
  fontSize?: number;
  scale?: number;
  /** Name the series in a legend when there are several (default true). */
  legend?: boolean;
}

const defaults = { height: 300 };

/** Per series, the rows from its last firm period onwards: drawn dashed, joined to the solid line. */
function preliminaryTail<R extends TrendRow>(rows: R[], series: (d: R) => string): R[] {
  const lastFirm = new Map<string, number>();
  for (const d of rows)
    if (!d.preliminary) lastFirm.set(series(d), Math.max(lastFirm.get(series(d)) ?? -Infinity, d.period_end));
  return rows.filter(
    (d) =>
      rows.some((e) => e.preliminary && series(e) === series(d)) &&
      d.period_end >= (lastFirm.get(series(d)) ?? -Infinity)
  );
}

export function trendChart<R extends TrendRow>(
  rows: R[],
  {
    target,
    versions = [],
    format,
    lang,
    width,
    height = defaults.height,
    domain,
    seriesLabel,
    fontSize,
    scale = 1,
    legend = true
  }: TrendOptions<R>
): SVGElement | HTMLElement {
  const shown = rows.filter((d) => d.value !== null && !d.suppressed).sort((a, b) => a.period_end - b.period_end);
  const isProportion = format.endsWith("%");
  const [lo, hi] =
    domain ??
    valueDomain(
      shown.flatMap((d) => [d.value, d.lower, d.upper]),
      { proportion: isProportion, target }
    );
  const years = [...new Set(shown.map((d) => d.period_end))];
  const targets = years.map((y) => versionIn(versions, y)?.target ?? null);
  const changing = new Set(targets.map((v) => JSON.stringify(v))).size > 1;
  // One target over the years shown: that version's (the caller's `target` may be a later one).
  const single = versions.length > 0 && years.length > 0 ? targets[0] : target;
  const bands = changing
    ? targetBandMarksOverTime(versions, years, [lo, hi])
    : targetBandMarks(targetBands(single, [lo, hi]));
  const firm = shown.filter((d) => !d.preliminary);
  // Hidden periods stay in the lines as gaps (Plot breaks a line at a missing value), so a line never
  // bridges years the reader cannot see.
  const gapped = rows
    .filter((d) => d.value !== null || d.suppressed)
    .sort((a, b) => a.period_end - b.period_end)
    .map((d) => (d.suppressed ? { ...d, value: null, lower: null, upper: null } : d));
  const series = seriesLabel ?? ((d: R) => unitName(d, lang));
  // One colour per concept whatever the names (colors.ts): the nation's, then the units' in order.
  const labels = [...new Set(shown.map(series))];
  const colors = seriesScale(labels, new Set(shown.filter((d) => d.unit_level === "nation").map(series)));
  const em = (fontSize ?? 10) / 10;
  const label = (end: number) => shown.find((d) => d.period_end === end)?.period ?? String(end);
  // With the font size named (slides, small multiples), every n-th period is labelled (always the latest)
  // so that the labels do not touch.
  const plotWidth = (width ?? 640) - 88 * em;
  const labelWidth = fontSize ? Math.max(...years.map((y) => label(y).length)) * 0.62 * fontSize + fontSize : 0;
  const every = Math.max(1, Math.ceil((years.length * labelWidth) / plotWidth));
  const ticks = years.filter((_, i) => (years.length - 1 - i) % every === 0);
  return Plot.plot({
    width,
    height,
    marginLeft: 56 * em,
    // Room for the last label of a rolling period ("2021–2023") under the right edge.
    marginRight: 32 * em,
    marginBottom: 30 * em,
    ...(fontSize ? { style: { fontSize: `${fontSize}px` } } : {}),
    // Ticks at each period's last year, labelled with the period ("2019–2021" for rolling periods).
    x: {
      label: null,
      tickFormat: label,
      ticks
    },
    y: { domain: [lo, hi], grid: true, label: null, tickFormat: axisFormat(format, [lo, hi], lang) },
    color: { legend: legend && labels.length > 1, ...colors },
    marks: [
      ...bands,
      Plot.areaY(gapped, { x: "period_end", y1: "lower", y2: "upper", z: series, fill: series, fillOpacity: 0.12 }),
      Plot.lineY(
        gapped.filter((d) => !d.preliminary),
        { x: "period_end", y: "value", z: series, stroke: series, strokeWidth: 2 * scale }
      ),
      Plot.lineY(preliminaryTail(shown, series), {
        x: "period_end",
        y: "value",
        z: series,
        stroke: series,
        strokeDasharray: `${4 * scale},${3 * scale}`,
        strokeWidth: 2 * scale
      }),
      Plot.dot(firm, { x: "period_end", y: "value", stroke: series, fill: series, r: 3.5 * scale }),
      Plot.dot(
        shown.filter((d) => d.preliminary),
        { x: "period_end", y: "value", stroke: series, fill: "white", r: 3.5 * scale, strokeWidth: 1.5 * scale }
      ),
      Plot.tip(
        shown,
        Plot.pointerX({
          x: "period_end",
          y: "value",
          title: (d: R) => `${series(d)} ${d.period}: ${formatValue(d.value, format, lang)}`
        })
      )
    ]
  });
}
