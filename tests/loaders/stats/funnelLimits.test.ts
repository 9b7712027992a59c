import { describe, expect, it } from "vitest";
import { funnelLimits } from "../../../loaders/stats/funnelLimits.ts";
import { num, readCsv } from "../../support/readCsv.ts";
import { maxRelativeError } from "../../support/relativeError.ts";

// docs/methods.md#funnel-limits: exact binomial limits with interpolation against funnel_limits_proportion.csv.

// funnel_limits_proportion.csv, 456 rows (p0 × n × side × level 95 / 99.8): exact_interp is
// Spiegelhalter's interpolated binomial limit (scipy 1.10.1, as Stata funnelcompar / Wicklin), clipped;
// normal is p0 ± z·√(p0(1 − p0)/n), clipped.
const grid = readCsv(new URL("../../fixtures/reference/funnel_limits_proportion.csv", import.meta.url));
// funnel_od_units.csv: the 12-unit example, limits at each unit's n around p0 = Σx/Σn.
const units = readCsv(new URL("../../fixtures/reference/funnel_od_units.csv", import.meta.url)).filter(
  (r) => r.method === "normal"
);

const limit = (r: Record<string, string>, method: "exact" | "normal") =>
  funnelLimits(num(r.p0), num(r.n), { level: num(r.level) / 100, method })[r.side as "lower" | "upper"];

describe("funnelLimits", () => {
  it("matches every exact_interp value of funnel_limits_proportion.csv", () => {
    // Achieved max relative error 9.3e-14 (over rows whose limit is not clipped to 0; clipped rows match exactly).
    expect(maxRelativeError(grid.map((r) => [limit(r, "exact"), num(r.exact_interp)] as const)).error).toBeLessThan(
      1e-12
    );
  });
  it("matches every normal value of funnel_limits_proportion.csv", () => {
    // Achieved max relative error 6.9e-15.
    expect(maxRelativeError(grid.map((r) => [limit(r, "normal"), num(r.normal)] as const)).error).toBeLessThan(1e-13);
  });
  it("matches the exact and normal limits at the 12 units of funnel_od_units.csv", () => {
    const pairs = units.flatMap((r) => {
      const p0 = num(r.p0);
      const n = num(r.n);
      const exact95 = funnelLimits(p0, n);
      const exact998 = funnelLimits(p0, n, { level: 0.998 });
      const normal95 = funnelLimits(p0, n, { method: "normal" });
      const normal998 = funnelLimits(p0, n, { level: 0.998, method: "normal" });
      return [
        [exact95.lower, num(r.exact_ll95)],
        [exact95.upper, num(r.exact_ul95)],
        [exact998.lower, num(r.exact_ll998)],
        [exact998.upper, num(r.exact_ul998)],
        [normal95.lower, num(r.ll95)],
        [normal95.upper, num(r.ul95)],
        [normal998.lower, num(r.ll998)],
        [normal998.upper, num(r.ul998)]
      ] as const;
    });
    expect(maxRelativeError(pairs).error).toBeLessThan(1e-13);
  });
  it("clips, including the tiny-n pitfall where even the upper limit is negative before clipping", () => {
    // p0 = 0.02, n = 1, 95%: r_p = 0 for both sides; raw limits −0.9745 and −0.0051 (reference README §2).
    expect(funnelLimits(0.02, 1)).toEqual({ lower: 0, upper: 0 });
    // p0 = 0.95, n = 1: raw upper above 1 is clipped to 1; normal limits too.
    expect(funnelLimits(0.95, 1, { level: 0.998 }).upper).toBeLessThanOrEqual(1);
    expect(funnelLimits(0.95, 1, { method: "normal" }).upper).toBe(1);
    expect(funnelLimits(0.02, 1, { method: "normal" }).lower).toBe(0);
  });
  it("is the interpolated inverse CDF: a hand case", () => {
    // Bin(2, ½): F(0) = ¼, F(1) = ¾. Lower at 95%: r = 0, α = (¼ − 0.025)/¼ = 0.9, limit (0 − 0.9)/2 → 0.
    // Upper: r = 2 (F(1) = ¾ < 0.975), α = (1 − 0.975)/¼ = 0.1, limit (2 − 0.1)/2 = 0.95.
    const ci = funnelLimits(0.5, 2);
    expect(ci.lower).toBe(0);
    expect(ci.upper).toBeCloseTo(0.95, 14);
  });
  it("allows any positive n with the normal method (smooth curves), whole n with the exact one", () => {
    const half = 1.959963984540054 * Math.sqrt(0.25 / 25.5);
    const ci = funnelLimits(0.5, 25.5, { method: "normal" });
    expect(ci.lower).toBeCloseTo(0.5 - half, 14);
    expect(ci.upper).toBeCloseTo(0.5 + half, 14);
    expect(() => funnelLimits(0.5, 2.5)).toThrow(/funnelLimits: n/);
  });
  it("throws on targets outside (0, 1), bad sizes, levels and methods", () => {
    const bad: [number, number, object | undefined, ErrorConstructor][] = [
      [0, 10, undefined, RangeError],
      [1, 10, undefined, RangeError],
      [-0.1, 10, undefined, RangeError],
      [Number.NaN, 10, undefined, RangeError],
      [0.5, 0, undefined, RangeError],
      [0.5, -3, undefined, RangeError],
      [0.5, Number.NaN, undefined, RangeError],
      [0.5, 0, { method: "normal" }, RangeError],
      [0.5, Infinity, { method: "normal" }, RangeError],
      [0.5, 10, { level: 1.2 }, RangeError],
      [0.5, 10, { level: 99.8 }, RangeError],
      [0.5, 10, { method: "arcsine" }, RangeError],
      ["0.5" as unknown as number, 10, undefined, TypeError]
    ];
    for (const [p0, n, options, type] of bad) {
      expect(() => funnelLimits(p0, n, options as never), `${p0}, ${n}, ${JSON.stringify(options)}`).toThrow(type);
      expect(() => funnelLimits(p0, n, options as never)).toThrow(/^funnelLimits: /);
    }
  });
});
