/**
 * Funnel limit lines for the charts, drawn from the engine's funnel description (centre, adjustment, φ, τ²):
 * exact binomial limits (Spiegelhalter 2005, interpolated) for proportions, widened for overdispersion as
 * the engine decided; exact Poisson limits around O/E = 1 for case-mix adjusted ratios.
 */
import { chiSquareQuantile, funnelLimits, normalQuantile } from "../stats/index.ts";

export interface FunnelLine {
  n: number;
  lower95: number;
  upper95: number;
  lower998: number;
  upper998: number;
}

/** Sizes from 1 to max, dense where the funnel bends (small n) and sparse where it is flat. */
export function sizeGrid(max: number, points = 80): number[] {
  const sizes = new Set<number>();
  for (let i = 0; i <= points; i++)
    sizes.add(Math.max(1, Math.round(Math.exp((Math.log(Math.max(2, max)) * i) / points))));
  return [...sizes].sort((a, b) => a - b);
}

export interface ProportionFunnel {
  center: number;
  adjustment: "none" | "additive" | "multiplicative";
  phi: number | null;
  tau2: number | null;
}

const clip = (v: number) => Math.min(1, Math.max(0, v));

export function proportionFunnelLines({ center, adjustment, phi, tau2 }: ProportionFunnel, maxN: number): FunnelLine[] {
  if (!(center > 0 && center < 1)) return [];
  const z95 = normalQuantile(0.975);
  const z998 = normalQuantile(0.999);
  return sizeGrid(maxN).map((n) => {
    if (adjustment === "none") {
      const l95 = funnelLimits(center, n, { level: 0.95 });
      const l998 = funnelLimits(center, n, { level: 0.998 });
      return { n, lower95: l95.lower, upper95: l95.upper, lower998: l998.lower, upper998: l998.upper };
    }
    const variance = (center * (1 - center)) / n;
    const sd = adjustment === "additive" ? Math.sqrt(variance + (tau2 ?? 0)) : Math.sqrt((phi ?? 1) * variance);
    return {
      n,
      lower95: clip(center - z95 * sd),
      upper95: clip(center + z95 * sd),
      lower998: clip(center - z998 * sd),
      upper998: clip(center + z998 * sd)
    };
  });
}

/**
 * Control limits for O/E at expected count E: the exact Poisson limits of O around E, divided by E
 * (as FunnelPlotR's unadjusted ratio limits: qchisq(α/2, 2E)/2E and qchisq(1−α/2, 2(E+1))/2E).
 */
export function ratioLimits(expected: number, level: number): { lower: number; upper: number } {
  const alpha = 1 - level;
  return {
    lower: chiSquareQuantile(alpha / 2, 2 * expected) / (2 * expected),
    upper: chiSquareQuantile(1 - alpha / 2, 2 * (expected + 1)) / (2 * expected)
  };
}

export function ratioFunnelLines(maxExpected: number): FunnelLine[] {
  const limits = ratioLimits;
  const grid = sizeGrid(Math.max(2, Math.ceil(maxExpected * 10)), 80).map((n) => n / 10);
  return grid.map((e) => {
    const l95 = limits(e, 0.95);
    const l998 = limits(e, 0.998);
    return { n: e, lower95: l95.lower, upper95: l95.upper, lower998: l998.lower, upper998: l998.upper };
  });
}
