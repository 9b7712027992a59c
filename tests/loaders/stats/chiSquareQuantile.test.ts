import { describe, expect, it } from "vitest";
import { chiSquareQuantile } from "../../../loaders/stats/chiSquareQuantile.ts";

describe("chiSquareQuantile", () => {
  it("matches closed forms: df = 1 is z², df = 2 is −2·log(1 − p)", () => {
    expect(chiSquareQuantile(0.95, 1) / 1.959963984540054 ** 2).toBeCloseTo(1, 14);
    expect(chiSquareQuantile(0.998, 1) / 3.090232306167813 ** 2).toBeCloseTo(1, 13);
    expect(chiSquareQuantile(0.5, 2) / (2 * Math.LN2)).toBeCloseTo(1, 14);
    expect(chiSquareQuantile(0.975, 2) / (-2 * Math.log(0.025))).toBeCloseTo(1, 14);
  });
  it("reproduces FunnelPlotR's exact Poisson funnel limits (its test-poisson_limits.R, 7 digits)", () => {
    // ll = qchisq(α/2, 2E)/(2E), ul = qchisq(1 − α/2, 2E + 2)/(2E) for E = 15, 20, 30 (reference README §2)
    const expected: Record<number, [number, number, number, number]> = {
      15: [0.5596924, 1.649348, 0.386265, 2.082907],
      20: [0.610826, 1.544419, 0.4479107, 1.902094],
      30: [0.6746958, 1.427562, 0.5289724, 1.702771]
    };
    for (const [e, [ll95, ul95, ll99, ul99]] of Object.entries(expected).map(([k, v]) => [Number(k), v] as const)) {
      expect(chiSquareQuantile(0.025, 2 * e) / (2 * e) / ll95).toBeCloseTo(1, 6);
      expect(chiSquareQuantile(0.975, 2 * e + 2) / (2 * e) / ul95).toBeCloseTo(1, 6);
      expect(chiSquareQuantile(0.001, 2 * e) / (2 * e) / ll99).toBeCloseTo(1, 6);
      expect(chiSquareQuantile(0.999, 2 * e + 2) / (2 * e) / ul99).toBeCloseTo(1, 6);
    }
  });
  it("throws outside the domain", () => {
    expect(() => chiSquareQuantile(2, 3)).toThrow(/chiSquareQuantile: p/);
    expect(() => chiSquareQuantile(0.5, 0)).toThrow(/chiSquareQuantile: df/);
    expect(() => chiSquareQuantile(0.5, Number.NaN)).toThrow(RangeError);
  });
});
