import { describe, expect, it } from "vitest";
import { survivalInterval } from "../../../loaders/stats/survivalInterval.ts";

// Hand-computed from the formulas of survival's survfit_confint and relsurv's rs.surv (README sections 3, 4).
describe("survivalInterval", () => {
  const z = 1.959963984540054;

  it("log: S·exp(∓z·se), upper capped at 1 only when clipping", () => {
    expect(survivalInterval(0.5, 0.1, z, "log", true)).toEqual({
      lower: 0.5 * Math.exp(-z * 0.1),
      upper: 0.5 * Math.exp(z * 0.1)
    });
    expect(survivalInterval(0.99, 0.1, z, "log", true).upper).toBe(1);
    expect(survivalInterval(0.99, 0.1, z, "log", false).upper).toBeCloseTo(0.99 * Math.exp(z * 0.1), 15);
  });

  it("log-log: S^exp(∓z·se/log S), NaN at S = 1 and above", () => {
    const { lower, upper } = survivalInterval(0.5, 0.1, z, "log-log", true);
    expect(lower).toBeCloseTo(0.5 ** Math.exp((-z * 0.1) / Math.log(0.5)), 15);
    expect(upper).toBeCloseTo(0.5 ** Math.exp((z * 0.1) / Math.log(0.5)), 15);
    expect(lower).toBeLessThan(0.5);
    expect(upper).toBeGreaterThan(0.5);
    expect(survivalInterval(1, 0, z, "log-log", true)).toEqual({ lower: NaN, upper: NaN });
    expect(survivalInterval(1.01, 0.1, z, "log-log", false)).toEqual({ lower: NaN, upper: NaN });
  });

  it("plain: S ∓ z·S·se, clipped to [0, 1] only when clipping", () => {
    expect(survivalInterval(0.1, 1, z, "plain", true)).toEqual({ lower: 0, upper: 0.1 + z * 0.1 });
    expect(survivalInterval(0.1, 1, z, "plain", false).lower).toBeCloseTo(0.1 - z * 0.1, 15);
    expect(survivalInterval(0.9, 1, z, "plain", true).upper).toBe(1);
  });

  it("is NaN where S = 0 or the standard error is not finite (R: NA)", () => {
    for (const conf of ["log", "log-log", "plain"] as const) {
      expect(survivalInterval(0, 0.1, z, conf, true)).toEqual({ lower: NaN, upper: NaN });
      expect(survivalInterval(0.5, Infinity, z, conf, true)).toEqual({ lower: NaN, upper: NaN });
      expect(survivalInterval(0.5, NaN, z, conf, true)).toEqual({ lower: NaN, upper: NaN });
    }
  });
});
