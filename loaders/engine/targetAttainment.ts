/**
 * `targetAttainment(value, target)`: the goal attainment of one value against one target, the single rule.
 *
 * - Direction targets: "high" if the value is at or beyond `high` (strictly beyond when `strict`), "low"
 *   if it falls short of `moderate` (`moderate` defaults to `high`), otherwise "moderate".
 * - Range targets: "high" inside [lo, hi] (inclusive), "moderate" inside the `moderate` band (inclusive),
 *   otherwise "low".
 * - No target, or no value (null/NaN): null — never "low".
 *
 * Values are compared unrounded: 0.3499999 is short of a 35 % target even though it prints as "35 %".
 * The rule follows SKDE's published level rule (imongr/mongts), restated here, not copied.
 * Only the engine calls it: it writes the attainment to the results' `level` column, and the tables, charts
 * and report read that column, so every page shows the same judgement.
 */
import type { Attainment } from "../output/resultTables.ts";
import type { Target } from "./indicatorFields.ts";

export function targetAttainment(
  value: number | null | undefined,
  target: Target | null | undefined
): Attainment | null {
  if (target == null || value == null || Number.isNaN(value)) return null;
  if ("range" in target) {
    const [lo, hi] = target.range;
    if (value >= lo && value <= hi) return "high";
    if (target.moderate && value >= target.moderate[0] && value <= target.moderate[1]) return "moderate";
    return "low";
  }
  const moderate = target.moderate ?? target.high;
  const higher = target.direction === "higher";
  // "beyond" is above for higher-is-better and below for lower-is-better.
  const beyond = (threshold: number) =>
    target.strict ? (higher ? value > threshold : value < threshold) : higher ? value >= threshold : value <= threshold;
  if (beyond(target.high)) return "high";
  if (beyond(moderate)) return "moderate";
  return "low";
}
