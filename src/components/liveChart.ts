/**
 * The explorer's live result: one bar per unit, largest first, with the whole (the nation, or the area looked
 * inside) as a dashed rule. Proportions on a 0–100 % axis, other values on an axis Plot chooses.
 */
import * as Plot from "@observablehq/plot";
import { axisFormat, formatValue, numberTicks } from "./format.js";
import type { Lang } from "./i18n.js";

export interface LiveRow {
  unit_name: string;
  value: number | null;
  denominator: number | null;
}

export function liveChart(
  rows: LiveRow[],
  { whole, format, lang, width }: { whole: number | null | undefined; format: string; lang: Lang; width?: number }
): SVGElement | HTMLElement {
  const proportion = format.endsWith("%");
  return Plot.plot({
    width,
    height: Math.max(140, 20 * rows.length + 40),
    marginLeft: 200,
    x: {
      label: null,
      grid: true,
      axis: "top",
      tickFormat: proportion ? axisFormat(format, [0, 1], lang) : numberTicks(lang),
      domain: proportion ? [0, 1] : undefined
    },
    y: {
      label: null,
      domain: rows
        .slice()
        .sort((a, b) => (b.value as number) - (a.value as number))
        .map((d) => d.unit_name)
    },
    marks: [
      Plot.ruleX([whole ?? 0], { strokeDasharray: "3,3" }),
      Plot.barX(rows, { y: "unit_name", x: "value", fill: "#1f4e79" }),
      Plot.tip(
        rows,
        Plot.pointerY({
          y: "unit_name",
          x: "value",
          title: (d: LiveRow) => `${d.unit_name}: ${formatValue(d.value, format, lang)} (N = ${d.denominator})`
        })
      )
    ]
  });
}
