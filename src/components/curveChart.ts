/**
 * Curves over time since diagnosis (or operation): net survival, or the cumulative incidence of local
 * recurrence, one line per unit with its interval as a band, the nation drawn dark and on top.
 */
import * as Plot from "@observablehq/plot";
import { seriesScale } from "./colors.js";
import { formatValue, numberTicks } from "./format.js";
import type { Lang } from "./i18n.js";
import type { CurvePoint } from "./types.js";

type Point = Pick<CurvePoint, "unit_id" | "time" | "estimate" | "lower" | "upper">;

export interface CurveChartOptions {
  lang: Lang;
  /** Unit id → display name. */
  names: Map<string, string>;
  width?: number;
  height?: number;
  /** Value axis domain (default 0–1). */
  domain?: [number, number];
  xLabel: string;
}

export function curveChart(
  points: Point[],
  { lang, names, width, height = 360, domain = [0, 1], xLabel }: CurveChartOptions
): SVGElement | HTMLElement {
  const shown = points
    .filter((p) => p.estimate !== null)
    .map((p) => ({ ...p, years: p.time / 365.241, name: names.get(p.unit_id) ?? p.unit_id }));
  const unitsShown = [...new Set(shown.map((p) => p.name))];
  const nationName = names.get("nation") ?? "nation";
  return Plot.plot({
    width,
    height,
    marginLeft: 56,
    x: { label: xLabel, grid: true, tickFormat: numberTicks(lang) },
    y: { domain, grid: true, label: null, tickFormat: (v: number) => formatValue(v, ".0%", lang) },
    color: { legend: unitsShown.length > 1, ...seriesScale(unitsShown, new Set([nationName])) },
    marks: [
      Plot.areaY(shown, {
        x: "years",
        y1: "lower",
        y2: "upper",
        z: "name",
        fill: "name",
        fillOpacity: 0.1,
        curve: "step-after"
      }),
      Plot.lineY(shown, {
        x: "years",
        y: "estimate",
        z: "name",
        stroke: "name",
        strokeWidth: (d: { unit_id: string }) => (d.unit_id === "nation" ? 2.5 : 1.5),
        curve: "step-after"
      }),
      Plot.tip(
        shown,
        Plot.pointer({
          x: "years",
          y: "estimate",
          title: (d: { name: string; years: number; estimate: number }) =>
            `${d.name}, ${formatValue(d.years, ".1f", lang)}: ${formatValue(d.estimate, ".1%", lang)}`
        })
      )
    ]
  });
}
