/**
 * The statistician's query result as bars: the first column names them, the second (a number) sizes them,
 * largest first; the first 50 rows.
 */
import * as Plot from "@observablehq/plot";
import { numberTicks } from "./format.js";
import type { Lang } from "./i18n.js";

export function sqlChart(rows: Record<string, unknown>[], { lang }: { lang: Lang }): SVGElement | HTMLElement {
  const [label, size] = Object.keys(rows[0] ?? {});
  return Plot.plot({
    marginLeft: 120,
    y: { label: null },
    x: { grid: true, tickFormat: numberTicks(lang) },
    marks: [Plot.barX(rows.slice(0, 50), { y: label, x: size, fill: "#1f4e79", sort: { y: "-x" } })]
  });
}

/** Whether a result can be drawn: a label column and a number in the second. */
export function drawable(rows: Record<string, unknown>[]): boolean {
  const columns = rows.length ? Object.keys(rows[0]) : [];
  return columns.length >= 2 && typeof rows[0][columns[1]] === "number";
}
