/**
 * Funnel plot of case-mix adjusted results: each unit's observed/expected ratio against its expected
 * count, with exact Poisson control limits around 1 at 95 % and 99.8 % (lines precomputed by the build).
 * Units whose O/E lies outside a limit (the engine's oe_flag) are named.
 */
import * as Plot from "@observablehq/plot";
import { formatValue, numberTicks } from "./format.js";
import type { Lang } from "./i18n.js";
import type { FunnelLine, ResultRow } from "./types.js";

export function ratioFunnelPlot(
  rows: ResultRow[],
  {
    lines,
    lang,
    width,
    height = 360,
    xLabel
  }: { lines: FunnelLine[]; lang: Lang; width?: number; height?: number; xLabel: string }
): SVGElement | HTMLElement {
  const shown = rows.filter((d) => d.oe_ratio !== null && d.expected !== null && d.expected > 0 && !d.suppressed);
  const maxE = Math.max(1, ...shown.map((d) => d.expected as number));
  const visible = lines.filter((l) => l.n <= maxE * 1.05 && l.n >= 0.5);
  // High enough for the units and for the upper 99.8 % limit where the middle unit sits, so both limits show.
  const expected = shown.map((d) => d.expected as number).sort((a, b) => a - b);
  const middle = expected[Math.floor(expected.length / 2)] ?? maxE;
  const upperThere = visible.find((l) => l.n >= middle)?.upper998 ?? 2;
  const top = Math.min(6, Math.max(2, upperThere, ...shown.map((d) => d.oe_ratio as number)) * 1.1);
  const outside = shown.filter((d) => d.oe_flag !== null);
  return Plot.plot({
    width,
    height,
    marginLeft: 48,
    x: { label: xLabel, grid: true, domain: [0, maxE * 1.05], tickFormat: numberTicks(lang) },
    y: { label: "O/E", grid: true, domain: [0, top], tickFormat: numberTicks(lang) },
    marks: [
      Plot.ruleY([1], { stroke: "#222" }),
      Plot.line(visible, { x: "n", y: "lower95", stroke: "#555", strokeDasharray: "4,3" }),
      Plot.line(visible, { x: "n", y: "upper95", stroke: "#555", strokeDasharray: "4,3", clip: true }),
      Plot.line(visible, { x: "n", y: "lower998", stroke: "#555" }),
      Plot.line(visible, { x: "n", y: "upper998", stroke: "#555", clip: true }),
      Plot.dot(shown, { x: "expected", y: "oe_ratio", fill: "#1f4e79", stroke: "white", r: 4.5 }),
      Plot.text(outside, {
        x: "expected",
        y: "oe_ratio",
        text: (d: ResultRow) => d.unit_short_name || d.unit_name,
        dx: 8,
        textAnchor: "start",
        fontSize: 11
      }),
      Plot.tip(
        shown,
        Plot.pointer({
          x: "expected",
          y: "oe_ratio",
          title: (d: ResultRow) =>
            `${d.unit_name}: O/E ${formatValue(d.oe_ratio, ".2f", lang)} (O = ` +
            `${d.observed}, E = ${formatValue(d.expected, ".1f", lang)})`
        })
      )
    ]
  });
}
