/**
 * Funnel assessment of the units at one level (e.g. all hospitals) against the national value, for one
 * indicator × period × context × group, after Spiegelhalter (2005):
 *
 * - Proportions: z = (p − p0)/√(p0(1−p0)/n). Without overdispersion the flags come from the exact binomial
 *   limits (funnelLimits, method "exact", at 95 % "alert" and 99.8 % "alarm"; a value strictly outside
 *   a limit is flagged). When the units are overdispersed (φ > 1, estimated with 10 % winsorisation from the
 *   units with at least the minimum denominator, and at least `minUnits` of them) the additive random-effects
 *   adjustment is used (τ², DerSimonian–Laird around the national value): z_adjusted = (p − p0)/√(s² + τ²),
 *   flagged at |z_adjusted| > 1.96 (alert) and > 3.09 (alarm). The multiplicative adjustment (z/√φ) can be
 *   chosen instead.
 * - Time-to-event values and mean scores: z = (value − national)/se, normal limits, no adjustment.
 * - Medians: no funnel.
 * Units under the indicator's minimum denominator get no z and no flag (their results are not shown).
 *
 * "high"/"low" in a flag say on which side of the national value the unit lies, not which side is better.
 */
import type { FunnelAdjustment, FunnelFlag } from "../output/resultTables.ts";
import { funnelLimits, normalQuantile, overdispersion } from "../stats/index.ts";

// caseMix.ts flags O/E the same way and imports the type from here.
export type { FunnelFlag };

export interface FunnelInput {
  numerator: number | null;
  denominator: number;
  value: number | null;
  se: number | null;
}

export interface FunnelResult {
  z: number | null;
  zAdjusted: number | null;
  flag: FunnelFlag | null;
}

export interface FunnelSummary {
  adjustment: FunnelAdjustment;
  phi: number | null;
  tau2: number | null;
  /** Units that entered the overdispersion estimate. */
  units: number;
}

/** Binomial limits around the national proportion, normal limits from each unit's standard error, or none. */
export type FunnelKind = "proportion" | "normal" | "none";

export interface FunnelOptions {
  kind: FunnelKind;
  minDenominator: number;
  /** The adjustment used when the units are overdispersed ("none": never adjust). */
  overdispersion: FunnelAdjustment;
  /** Fewest units for estimating overdispersion (below it: no adjustment). */
  minUnits: number;
}

const alertZ = normalQuantile(0.975);
const alarmZ = normalQuantile(0.999);

function flagFromZ(z: number | null): FunnelFlag | null {
  if (z === null) return null;
  if (z > alarmZ) return "alarm-high";
  if (z < -alarmZ) return "alarm-low";
  if (z > alertZ) return "alert-high";
  if (z < -alertZ) return "alert-low";
  return null;
}

function exactFlag(p: number, n: number, p0: number): FunnelFlag | null {
  const alarm = funnelLimits(p0, n, { level: 0.998, method: "exact" });
  if (p > alarm.upper) return "alarm-high";
  if (p < alarm.lower) return "alarm-low";
  const alert = funnelLimits(p0, n, { level: 0.95, method: "exact" });
  if (p > alert.upper) return "alert-high";
  if (p < alert.lower) return "alert-low";
  return null;
}

/** Assesses every unit of one level; returns one result per input, in order, and the level's summary. */
export function assessFunnel(
  units: readonly FunnelInput[],
  national: number | null,
  options: FunnelOptions
): { results: FunnelResult[]; summary: FunnelSummary } {
  const none = {
    results: units.map(() => ({ z: null, zAdjusted: null, flag: null })),
    summary: { adjustment: "none" as const, phi: null, tau2: null, units: 0 }
  };
  if (options.kind === "none" || national === null || !Number.isFinite(national)) return none;
  if (options.kind === "normal") {
    return {
      results: units.map((u) => {
        const z =
          u.value !== null && u.se !== null && u.se > 0 && u.denominator >= options.minDenominator
            ? (u.value - national) / u.se
            : null;
        return { z, zAdjusted: null, flag: flagFromZ(z) };
      }),
      summary: { adjustment: "none", phi: null, tau2: null, units: 0 }
    };
  }
  // Proportions: a national value of 0 or 1 leaves no room for variation, hence no funnel.
  const p0 = national;
  if (p0 <= 0 || p0 >= 1) return none;
  const eligible = units
    .map((u, i) => ({ u, i }))
    .filter(({ u }) => u.numerator !== null && u.denominator >= options.minDenominator);
  let summary: FunnelSummary = { adjustment: "none", phi: null, tau2: null, units: eligible.length };
  let adjusted: Map<number, number> | null = null;
  if (eligible.length >= Math.max(2, options.minUnits) && options.overdispersion !== "none") {
    const od = overdispersion(
      eligible.map(({ u }) => ({ x: u.numerator!, n: u.denominator })),
      p0,
      { winsorize: 0.1 }
    );
    const phi = od.phi;
    const useAdjustment = phi > 1;
    summary = {
      adjustment: useAdjustment ? options.overdispersion : "none",
      phi,
      tau2: od.tau2,
      units: eligible.length
    };
    if (useAdjustment) {
      const zs = options.overdispersion === "additive" ? od.zAdditive : od.zMultiplicative;
      adjusted = new Map(eligible.map(({ i }, k) => [i, zs[k]]));
    }
  }
  const results = units.map((u, i) => {
    if (u.numerator === null || u.denominator < options.minDenominator || u.value === null)
      return { z: null, zAdjusted: null, flag: null };
    const z = (u.value - p0) / Math.sqrt((p0 * (1 - p0)) / u.denominator);
    if (summary.adjustment !== "none") {
      const zAdjusted = adjusted!.get(i) ?? adjustZ(u, p0, summary);
      return { z, zAdjusted, flag: flagFromZ(zAdjusted) };
    }
    return { z, zAdjusted: null, flag: exactFlag(u.value, u.denominator, p0) };
  });
  return { results, summary };
}

function adjustZ(u: FunnelInput, p0: number, summary: FunnelSummary): number {
  const s2 = (p0 * (1 - p0)) / u.denominator;
  const diff = u.value! - p0;
  if (summary.adjustment === "multiplicative") return diff / Math.sqrt(s2 * summary.phi!);
  return diff / Math.sqrt(s2 + summary.tau2!);
}
