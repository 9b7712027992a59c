/**
 * Units ranked by their value, each with its confidence interval, over the target bands, with the national
 * value as a rule (the seed article's figure of myeloma biopsy by hospital). Units whose result may not be
 * shown are left out of the chart; the table below the chart lists them with the reason.
 */
import * as Plot from "@observablehq/plot";
import { axisFormat, formatValue } from "./format.js";
import { levelStyle } from "./level.js";
import { bestFirst, targetBandMarks, targetBands } from "./targetBands.js";
import { valueDomain } from "./valueDomain.js";
import type { Lang } from "./i18n.js";
import type { ResultRow, Target } from "./types.js";

/** The columns a ranking reads: result rows of the pages and of the printed report alike. */
export type RankedRow = Pick<
  ResultRow,
  "unit_name" | "unit_short_name" | "value" | "lower" | "upper" | "level" | "denominator" | "suppressed"
>;

export interface RankedUnitsOptions {
  target?: Target | null;
  national?: number | null;
  format: string;
  lang: Lang;
  width?: number;
}

export function rankedUnits(
  rows: RankedRow[],
  { target, national, format, lang, width }: RankedUnitsOptions
): SVGElement | HTMLElement {
  const better = bestFirst(target);
  const shown = rows.filter((d) => d.value !== null && !d.suppressed);
  const isProportion = format.endsWith("%");
  const domain = valueDomain([...shown.flatMap((d) => [d.value, d.lower, d.upper]), national], {
    proportion: isProportion,
    target
  });
  const order = shown
    .slice()
    // Best on top.
    .sort((a, b) => better(a.value as number, b.value as number))
    .map((d) => d.unit_short_name || d.unit_name);
  const label = (d: RankedRow) => d.unit_short_name || d.unit_name;
  const color = (d: RankedRow) => (d.level ? levelStyle[d.level].color : "#444");
  const symbol = (d: RankedRow) => (d.level ? levelStyle[d.level].plotSymbol : "circle");
  return Plot.plot({
    width,
    height: Math.max(120, 22 * shown.length + 50),
    marginLeft: Math.min(220, 8 + 7 * Math.max(6, ...order.map((s) => s.length))),
    x: { domain, grid: true, label: null, axis: "top", tickFormat: axisFormat(format, domain, lang) },
    y: { domain: order, label: null },
    symbol: { type: "identity" },
    marks: [
      ...targetBandMarks(targetBands(target, domain), "x"),
      national === null || national === undefined
        ? null
        : Plot.ruleX([national], { stroke: "#222", strokeDasharray: "3,3" }),
      Plot.ruleY(shown, { y: label, x1: "lower", x2: "upper", stroke: "#555" }),
      Plot.dot(shown, { y: label, x: "value", fill: color, stroke: "white", symbol, r: 5 }),
      Plot.tip(
        shown,
        Plot.pointerY({
          y: label,
          x: "value",
          title: (d: RankedRow) => `${d.unit_name}: ${formatValue(d.value, format, lang)} (N = ${d.denominator ?? "–"})`
        })
      )
    ]
  });
}
