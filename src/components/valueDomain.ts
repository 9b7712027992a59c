/**
 * The value axis of a chart: proportions run 0–100 %, except that small ones (a 2 % mortality) get an axis
 * up to a little above the largest value or target, rounded up to 5 %, so they can be read; other values
 * run from 0 to a little above the largest.
 */
import type { Target } from "./types.js";

function targetValues(target: Target | null | undefined): number[] {
  if (!target) return [];
  if ("range" in target) return [...target.range, ...(target.moderate ?? [])];
  return [target.high, ...(target.moderate != null ? [target.moderate] : [])];
}

export function valueDomain(
  values: (number | null | undefined)[],
  { proportion, target }: { proportion: boolean; target?: Target | null }
): [number, number] {
  const finite = [...values, ...targetValues(target)].filter(
    (v): v is number => typeof v === "number" && Number.isFinite(v)
  );
  const top = Math.max(0, ...finite);
  if (proportion) return top > 0.4 ? [0, 1] : [0, Math.min(1, Math.max(0.05, Math.ceil(top * 1.25 * 20) / 20))];
  return [Math.min(0, ...finite), Math.max(1, top) * 1.05];
}
