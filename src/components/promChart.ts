/**
 * Patient-reported outcome scores over time since treatment, one line per treatment choice, each point
 * the mean score with its 95 % interval (0–100, higher is better function).
 */
import * as Plot from "@observablehq/plot";
import { formatValue } from "./format.js";
import { words, type Lang } from "./i18n.js";
import type { PromPoint } from "./types.js";

type Point = Pick<PromPoint, "group" | "time" | "estimate" | "lower" | "upper" | "n_risk">;

export function promChart(
  points: Point[],
  {
    lang,
    groupLabel,
    width,
    height = 320
  }: { lang: Lang; groupLabel: (group: string | null) => string; width?: number; height?: number }
): SVGElement | HTMLElement {
  const groups = [...new Set(points.map((p) => p.group))];
  // Interval bars of the groups side by side, so they do not hide each other.
  const offset = (group: string | null) => (groups.indexOf(group) - (groups.length - 1) / 2) * 0.08;
  const shown = points
    .filter((p) => p.estimate !== null)
    .map((p) => ({
      ...p,
      years: Math.round(p.time / 365.241),
      label: groupLabel(p.group),
      at: Math.round(p.time / 365.241) + offset(p.group)
    }));
  const w = words[lang].promsPage;
  return Plot.plot({
    width,
    height,
    marginLeft: 48,
    x: {
      label: w.yearsAfter,
      ticks: [...new Set(shown.map((p) => p.years))],
      tickFormat: (y: number) => (y === 0 ? w.before : String(y))
    },
    y: { domain: [0, 100], grid: true, label: w.meanScore },
    color: { legend: true, range: ["#1f4e79", "#b3541e", "#5b8c2a"] },
    marks: [
      Plot.ruleX(shown, { x: "at", y1: "lower", y2: "upper", stroke: "label" }),
      Plot.lineY(shown, { x: "at", y: "estimate", z: "label", stroke: "label", strokeWidth: 2 }),
      Plot.dot(shown, { x: "at", y: "estimate", fill: "label", r: 4 }),
      Plot.tip(
        shown,
        Plot.pointer({
          x: "at",
          y: "estimate",
          title: (d: { label: string; estimate: number; n_risk: number | null }) =>
            `${d.label}: ${formatValue(d.estimate, ".1f", lang)} (n = ${d.n_risk ?? "–"})`
        })
      )
    ]
  });
}
