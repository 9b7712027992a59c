/**
 * The target as shaded bands on a value axis: green where attainment is high, yellow where moderate,
 * nothing where low. Shared by the trend, ranking and funnel charts so all three draw it identically.
 */
import * as Plot from "@observablehq/plot";
import { levelStyle } from "./level.js";
import type { Target } from "./types.js";

/** Which way is better: "higher", "lower", or "range" (inside is better); null without a target. */
export function targetDirection(target: Target | null | undefined): "higher" | "lower" | "range" | null {
  if (!target) return null;
  return "range" in target ? "range" : target.direction;
}

export interface Band {
  from: number;
  to: number;
  level: "high" | "moderate";
}

/** The bands of a target within the axis domain [min, max]. */
export function targetBands(target: Target | null | undefined, [min, max]: [number, number]): Band[] {
  if (!target) return [];
  const bands: Band[] = [];
  const add = (from: number, to: number, level: Band["level"]) => {
    const a = Math.max(min, Math.min(from, to));
    const b = Math.min(max, Math.max(from, to));
    if (b > a) bands.push({ from: a, to: b, level });
  };
  if ("range" in target) {
    const [low, high] = target.range;
    add(low, high, "high");
    if (target.moderate) {
      add(target.moderate[0], low, "moderate");
      add(high, target.moderate[1], "moderate");
    }
  } else if (target.direction === "higher") {
    add(target.high, max, "high");
    if (target.moderate != null) add(target.moderate, target.high, "moderate");
  } else {
    add(min, target.high, "high");
    if (target.moderate != null) add(target.high, target.moderate, "moderate");
  }
  return bands;
}

/** Plot marks for the bands along y (trend, funnel) or x (ranking). */
export function targetBandMarks(bands: Band[], orientation: "y" | "x" = "y"): Plot.Markish[] {
  const fill = (d: Band) => levelStyle[d.level].tint;
  return orientation === "y"
    ? [Plot.rectY(bands, { y1: "from", y2: "to", fill, fillOpacity: 0.8 })]
    : [Plot.rectX(bands, { x1: "from", x2: "to", fill, fillOpacity: 0.8 })];
}
