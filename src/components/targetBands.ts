/**
 * The target as shaded bands on a value axis: green where attainment is high, yellow where moderate,
 * nothing where low. Shared by the trend, ranking and funnel charts so all three draw it identically.
 */
import * as Plot from "@observablehq/plot";
import { levelStyle } from "./level.js";
import type { Target, TargetVersion } from "./types.js";

/** Which way is better: "higher", "lower", or "range" (inside is better); null without a target. */
export function targetDirection(target: Target | null | undefined): "higher" | "lower" | "range" | null {
  if (!target) return null;
  return "range" in target ? "range" : target.direction;
}

/**
 * Orders values best first: highest first under a "higher" target or none, lowest first under "lower",
 * and under a range target by distance from the range (every value inside first, nearest its middle
 * first), so units outside the range are never ranked on top.
 */
export function bestFirst(target: Target | null | undefined): (a: number, b: number) => number {
  if (target && "range" in target) {
    const [low, high] = target.range;
    const outside = (v: number) => Math.max(low - v, v - high, 0);
    const middle = (low + high) / 2;
    return (a, b) => outside(a) - outside(b) || Math.abs(a - middle) - Math.abs(b - middle);
  }
  return targetDirection(target) === "lower" ? (a, b) => a - b : (a, b) => b - a;
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

/**
 * The version in force for a period ending in `year`: the one whose years contain it. The engine's rule
 * (loaders/engine/periods.ts versionFor) restated, since Framework bundles page code from src/ only (an
 * import from loaders/ fails the build); tests/components/targetBands.test.ts checks that the two agree.
 */
export function versionIn<V extends Pick<TargetVersion, "validFrom" | "validTo">>(
  versions: readonly V[],
  year: number
): V | undefined {
  return versions.find((v) => v.validFrom <= year && (v.validTo === null || year <= v.validTo));
}

export const targetIn = (
  versions: readonly Pick<TargetVersion, "validFrom" | "validTo" | "target">[],
  year: number
): Target | null => versionIn(versions, year)?.target ?? null;

/**
 * Bands over time: each version's target across the periods it governs (x from half a period before the
 * first to half after the last), so a target raised in 2020 is not drawn behind 2014–2019.
 */
export function targetBandMarksOverTime(
  versions: readonly Pick<TargetVersion, "validFrom" | "validTo" | "target">[],
  years: number[],
  domain: [number, number]
): Plot.Markish[] {
  const fill = (d: Band) => levelStyle[d.level].tint;
  const spans = versions.flatMap((v) => {
    const inForce = years.filter((y) => versionIn([v], y));
    if (inForce.length === 0) return [];
    const [x1, x2] = [Math.min(...inForce) - 0.5, Math.max(...inForce) + 0.5];
    return targetBands(v.target, domain).map((band) => ({ ...band, x1, x2 }));
  });
  return [Plot.rect(spans, { x1: "x1", x2: "x2", y1: "from", y2: "to", fill, fillOpacity: 0.8 })];
}
