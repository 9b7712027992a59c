import { describe, expect, it } from "vitest";
import { proportionInterval } from "../../../loaders/stats/proportionInterval.ts";
import { num, readCsv } from "../../support/readCsv.ts";
import { maxRelativeError } from "../../support/relativeError.ts";

// docs/methods.md#proportions: Wilson score interval against binomial_ci.csv (mpmath, PHE, R prop.test).

// binomial_ci.csv, 384 rows: n from 1 to 7564336677, levels 0.90, 0.95, 0.998. Wilson and Wilson-CC
// from mpmath at 50 digits; Clopper–Pearson and Jeffreys from statsmodels 0.13.5 (scipy 1.10.1).
const rows = readCsv(new URL("../../fixtures/reference/binomial_ci.csv", import.meta.url));

const methods = [
  // method, reference column prefix, bound on the lower and upper max relative error
  // Achieved (max over all 384 rows): see each line.
  ["wilson", "wilson", 1e-14, 1e-14], // 1.2e-15, 1.8e-15
  ["wilson-cc", "wilson_cc", 1e-14, 1e-14], // 1.4e-15, 1.3e-15
  // Clopper–Pearson: 3.3e-12 (lower, x = 7776456 of 7564336677 at 99.8%) and 1.1e-10 (upper, x = 1 of
  // 1e7 at 90%; the upper limits for x ≤ 2 with n ≥ 1e5 differ by 9e-13 to 1.1e-10). These are errors
  // of the reference (statsmodels 0.13.5 on scipy 1.10.1): roots found in mpmath at 50 digits agree
  // with this code to 2e-16 (betaQuantile.test.ts). All other rows are within 1.0e-13.
  ["clopper-pearson", "cp", 1e-11, 2e-10],
  // 3.4e-12 (lower, the same 7.6e9 row as CP at 99.8%, where the reference's CP is off by as much), 1.4e-13
  ["jeffreys", "jeffreys_bcd", 1e-11, 1e-12]
] as const;

describe("proportionInterval", () => {
  for (const [method, column, lowerBound, upperBound] of methods) {
    it(`matches every row of binomial_ci.csv: ${method} (${column}_lower, ${column}_upper)`, () => {
      const intervals = rows.map((r) => proportionInterval(num(r.x), num(r.n), { level: num(r.conf), method }));
      const lower = maxRelativeError(intervals.map((ci, i) => [ci.lower, num(rows[i][`${column}_lower`])] as const));
      const upper = maxRelativeError(intervals.map((ci, i) => [ci.upper, num(rows[i][`${column}_upper`])] as const));
      expect(lower.error).toBeLessThan(lowerBound);
      expect(upper.error).toBeLessThan(upperBound);
    });
  }

  it("defaults to Wilson at 95%, as R prop.test(5, 10, correct = FALSE)", () => {
    const ci = proportionInterval(5, 10);
    expect(ci.lower).toBeCloseTo(0.2365931, 7);
    expect(ci.upper).toBeCloseTo(0.7634069, 7);
    // Newcombe's continuity correction = R prop.test(5, 10, p = 0.25) (reference README §1)
    const cc = proportionInterval(5, 10, { method: "wilson-cc" });
    expect(cc.lower).toBeCloseTo(0.201423, 6);
    expect(cc.upper).toBeCloseTo(0.798577, 6);
  });

  it("puts exact bounds at x = 0 and x = n, also for n = 1", () => {
    for (const method of ["wilson", "wilson-cc", "clopper-pearson", "jeffreys"] as const) {
      for (const n of [1, 2, 50, 1e7]) {
        expect(proportionInterval(0, n, { method }).lower).toBe(0);
        expect(proportionInterval(n, n, { method }).upper).toBe(1);
        const ci = proportionInterval(0, n, { method });
        expect(ci.upper).toBeGreaterThan(0);
        expect(ci.upper).toBeLessThan(1);
      }
    }
    // Clopper–Pearson at x = 0: upper = 1 − (α/2)^(1/n); n = 1 gives 0.975 at 95%
    expect(proportionInterval(0, 1, { method: "clopper-pearson" }).upper).toBeCloseTo(0.975, 15);
    expect(proportionInterval(0, 20, { method: "clopper-pearson" }).upper).toBeCloseTo(1 - 0.025 ** (1 / 20), 14);
    // Jeffreys uses the Brown–Cai–DasGupta boundary rule: lower 0 at x = 0, where the unmodified
    // statsmodels value (binomial_ci.csv jeffreys_lower) is 0.0015429 for n = 1 at 90%.
    expect(proportionInterval(0, 1, { level: 0.9, method: "jeffreys" }).lower).toBe(0);
  });

  it("throws on impossible counts, levels and methods, naming the function", () => {
    const bad: [number, number, object | undefined, ErrorConstructor][] = [
      [-1, 10, undefined, RangeError],
      [11, 10, undefined, RangeError],
      [0, 0, undefined, RangeError],
      [1, -5, undefined, RangeError],
      [0.445, 1, undefined, RangeError], // PHE accepts this; a count must be whole
      [2.5, 10, undefined, RangeError],
      [1, 10.5, undefined, RangeError],
      [Number.NaN, 10, undefined, RangeError],
      [1, Number.NaN, undefined, RangeError],
      [1, Infinity, undefined, RangeError],
      [1, 10, { level: 95 }, RangeError], // PHE accepts 95 for 0.95; we do not guess
      [1, 10, { level: 0 }, RangeError],
      [1, 10, { level: 1 }, RangeError],
      [1, 10, { level: Number.NaN }, RangeError],
      [1, 10, { method: "wald" }, RangeError],
      [1, 10, { method: 3 }, TypeError],
      ["1" as unknown as number, 10, undefined, TypeError]
    ];
    for (const [x, n, options, type] of bad) {
      expect(() => proportionInterval(x, n, options as never), `${x}/${n} ${JSON.stringify(options)}`).toThrow(type);
      expect(() => proportionInterval(x, n, options as never)).toThrow(/^proportionInterval: /);
    }
    expect(() => proportionInterval(1, 10, "wilson" as never)).toThrow(TypeError);
  });
});
