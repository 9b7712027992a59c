/**
 * The deck's one-screen summary, after Fingertips' area profile: one row per indicator with the unit's
 * result as a marker (its target level by symbol and colour) on a "spine" centred on the national value,
 * against the range of all units of its level (grey bar) and the target (green line).
 * Each row's scale is its own: the national value in the middle and the farthest of the range, the unit
 * and the target at the edge, so rows of different units and scales read the same way.
 */
import { nationColor } from "./colors.js";
import { formatValue } from "./format.js";
import { words, type Lang } from "./i18n.js";
import { levelChip, levelStyle } from "./level.js";
import type { Target, TargetLevel } from "./types.js";

export interface SpineRow {
  id: string;
  title: string;
  period: string;
  format: string;
  /** The unit's value; null when hidden or missing (`shown` says why). */
  value: number | null;
  shown: string;
  level: TargetLevel | null;
  national: number | null;
  /** Lowest and highest value among the units of the unit's level that have one. */
  min: number | null;
  max: number | null;
  target: Target | null;
}

/** The target's lines on the spine: a threshold, or both ends of a range. */
export function targetLines(target: Target | null): number[] {
  if (!target) return [];
  return "range" in target ? [...target.range] : [target.high];
}

/** A row's value axis: centred on the national value, wide enough for the range, the unit and the target. */
export function spineDomain(row: SpineRow): [number, number] | null {
  if (row.national === null) return null;
  const c = row.national;
  const spread = [row.min, row.max, row.value, ...targetLines(row.target)]
    .filter((v): v is number => v !== null)
    .map((v) => Math.abs(v - c));
  const half = Math.max(...spread, Math.abs(c) * 0.05, 1e-9) * 1.08;
  return [c - half, c + half];
}

const svgNs = "http://www.w3.org/2000/svg";
function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>) {
  const node = document.createElementNS(svgNs, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

/** A level's symbol as an SVG shape centred at (x, y) with radius r. */
function marker(level: TargetLevel | null, x: number, y: number, r: number): SVGElement {
  const color = level ? levelStyle[level].color : "#444";
  if (level === "moderate")
    return svg("polygon", { points: `${x},${y - r} ${x + r},${y} ${x},${y + r} ${x - r},${y}`, fill: color });
  if (level === "low")
    return svg("polygon", {
      points: `${x},${y - r} ${x + r * 1.05},${y + r * 0.8} ${x - r * 1.05},${y + r * 0.8}`,
      fill: color
    });
  return svg("circle", { cx: x, cy: y, r: r * 0.9, fill: color });
}

/** One row's spine as an SVG of `width` × `height` px. */
export function spine(row: SpineRow, { width, height, scale = 1 }: { width: number; height: number; scale?: number }) {
  const root = svg("svg", { width, height, viewBox: `0 0 ${width} ${height}`, class: "qi-spine" });
  root.setAttribute("aria-hidden", "true");
  const domain = spineDomain(row);
  if (!domain) return root;
  const pad = 12 * scale;
  const x = (v: number) => pad + ((v - domain[0]) / (domain[1] - domain[0])) * (width - 2 * pad);
  const mid = height / 2;
  const bar = height * 0.36;
  if (row.min !== null && row.max !== null)
    root.append(
      svg("rect", {
        class: "qi-spine-range",
        x: x(row.min),
        y: mid - bar / 2,
        width: Math.max(1, x(row.max) - x(row.min)),
        height: bar,
        fill: "#c9ced6"
      })
    );
  for (const t of targetLines(row.target))
    root.append(
      svg("line", {
        class: "qi-spine-target",
        x1: x(t),
        x2: x(t),
        y1: 2,
        y2: height - 2,
        stroke: levelStyle.high.color,
        "stroke-width": 3 * scale,
        "stroke-dasharray": `${5 * scale},${3 * scale}`
      })
    );
  root.append(
    svg("line", {
      class: "qi-spine-nation",
      x1: x(row.national as number),
      x2: x(row.national as number),
      y1: 0,
      y2: height,
      stroke: nationColor,
      "stroke-width": 3 * scale
    })
  );
  if (row.value !== null) {
    const m = marker(row.level, x(row.value), mid, 11 * scale);
    m.setAttribute("class", "qi-spine-marker");
    m.setAttribute("stroke", "white");
    m.setAttribute("stroke-width", String(1.5 * scale));
    root.append(m);
  }
  return root;
}

/** The summary table: indicator, period, the unit's result with its level, the nation's, and the spine. */
export function spineChart(
  rows: SpineRow[],
  { unit, lang, width, scale = 1 }: { unit: string; lang: Lang; width: number; scale?: number }
): HTMLElement {
  const w = words[lang];
  const table = document.createElement("table");
  table.className = "qi-spine-chart";
  const caption = document.createElement("caption");
  caption.className = "qi-visually-hidden";
  caption.textContent = w.deck.spineSummary(unit);
  const head = document.createElement("tr");
  for (const label of [w.indicator, w.period, unit, w.nation, w.deck.spineRange])
    head.append(Object.assign(document.createElement("th"), { textContent: label, scope: "col" }));
  const thead = document.createElement("thead");
  thead.append(head);
  const tbody = document.createElement("tbody");
  const spineWidth = Math.round(width * 0.3);
  for (const row of rows) {
    const tr = document.createElement("tr");
    tr.dataset.indicator = row.id;
    const value = document.createElement("td");
    value.className = "qi-num";
    value.append(row.shown);
    if (row.value !== null) value.append(" ", levelChip(row.level, lang));
    const spineCell = document.createElement("td");
    spineCell.append(spine(row, { width: spineWidth, height: Math.round(30 * scale), scale }));
    tr.append(
      Object.assign(document.createElement("th"), { textContent: row.title, scope: "row" }),
      Object.assign(document.createElement("td"), { textContent: row.period }),
      value,
      Object.assign(document.createElement("td"), {
        className: "qi-num",
        textContent: formatValue(row.national, row.format, lang)
      }),
      spineCell
    );
    tbody.append(tr);
  }
  table.append(caption, thead, tbody);
  return table;
}
