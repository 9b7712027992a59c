/**
 * Funnel plot: each unit's value against its size, with control limits around the national value at
 * 95 % (alert) and 99.8 % (alarm), overdispersion-adjusted when the engine says so, and the target bands.
 * Units outside a limit (the engine's flag) are labelled. The limit lines arrive precomputed in the page
 * data (loaders/pages/funnelLines.ts): exact binomial limits, or, where the engine found overdispersion,
 * normal limits widened by its φ or τ².
 */
import * as Plot from "@observablehq/plot";
import { axisFormat, formatValue, numberTicks } from "./format.js";
import { levelStyle } from "./level.js";
import { targetBandMarks, targetBands } from "./targetBands.js";
import { valueDomain } from "./valueDomain.js";
import type { Lang } from "./i18n.js";
import type { Funnel, ResultRow, Target } from "./types.js";

export interface FunnelPlotOptions {
  funnel: Funnel;
  target?: Target | null;
  format: string;
  lang: Lang;
  width?: number;
  height?: number;
  xLabel: string;
}

export function funnelPlot(
  rows: ResultRow[],
  { funnel, target, format, lang, width, height = 380, xLabel }: FunnelPlotOptions
): SVGElement | HTMLElement {
  const shown = rows.filter((d) => d.value !== null && d.denominator !== null && !d.suppressed);
  const isProportion = format.endsWith("%");
  const maxN = Math.max(...shown.map((d) => d.denominator as number), ...funnel.lines.map((l) => l.n));
  const lines = funnel.lines.filter((l) => l.n <= maxN * 1.05);
  // The axis fits the units and the limits where units are (the limits at n = 1 would stretch it to 100 %).
  const smallest = Math.min(...shown.map((d) => d.denominator as number));
  const limitsNearUnits = lines.filter((l) => l.n >= smallest).flatMap((l) => [l.upper998]);
  const domain = valueDomain([...shown.map((d) => d.value), ...limitsNearUnits, funnel.center], {
    proportion: isProportion,
    target
  });
  const outside = shown.filter((d) => d.flag !== null);
  const color = (d: ResultRow) => (d.level ? levelStyle[d.level].color : "#444");
  return Plot.plot({
    width,
    height,
    marginLeft: 56,
    x: { label: xLabel, grid: true, domain: [0, maxN * 1.05], tickFormat: numberTicks(lang) },
    y: { domain, grid: true, label: null, tickFormat: axisFormat(format, domain, lang) },
    marks: [
      ...targetBandMarks(targetBands(target, domain)),
      Plot.ruleY([funnel.center], { stroke: "#222" }),
      Plot.line(lines, { x: "n", y: "lower95", stroke: "#555", strokeDasharray: "4,3" }),
      Plot.line(lines, { x: "n", y: "upper95", stroke: "#555", strokeDasharray: "4,3", clip: true }),
      Plot.line(lines, { x: "n", y: "lower998", stroke: "#555" }),
      Plot.line(lines, { x: "n", y: "upper998", stroke: "#555", clip: true }),
      Plot.dot(shown, { x: "denominator", y: "value", fill: color, stroke: "white", r: 4.5 }),
      Plot.text(outside, {
        x: "denominator",
        y: "value",
        text: (d: ResultRow) => d.unit_short_name || d.unit_name,
        dx: 8,
        textAnchor: "start",
        fontSize: 11
      }),
      Plot.tip(
        shown,
        Plot.pointer({
          x: "denominator",
          y: "value",
          title: (d: ResultRow) => `${d.unit_name}: ${formatValue(d.value, format, lang)} (N = ${d.denominator})`
        })
      )
    ]
  });
}
