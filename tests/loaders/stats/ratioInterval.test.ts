import { describe, expect, it } from "vitest";
import { ratioInterval } from "../../../loaders/stats/ratioInterval.ts";
import { num, readCsv } from "../../support/readCsv.ts";
import { maxRelativeError } from "../../support/relativeError.ts";

// docs/methods.md#observed-and-expected: exact Poisson and Byar limits against oe_byars_grid.csv (PHE).

// oe_byars_grid.csv: O ∈ {0 … 10000} × E ∈ {0.5 … 835.88}, 95% and 99.8%. byars_* are PHEindicatormethods
// v2.1.0 byars_lower/upper divided by E (NA where PHE gives NA), exact_* are R 4.2.2 qchisq limits,
// phe_* the PHE rule (exact for O < 10, Byar's from 10).
const grid = readCsv(new URL("../../fixtures/reference/oe_byars_grid.csv", import.meta.url));

const levels = [
  [0.95, "95"],
  [0.998, "998"]
] as const;
const methods = [
  ["byar", "byars"],
  ["exact", "exact"],
  ["auto", "phe"]
] as const;

describe("ratioInterval", () => {
  for (const [method, column] of methods) {
    for (const [level, suffix] of levels) {
      it(`matches every row of oe_byars_grid.csv: ${method} at ${level} (${column}_lower/upper_${suffix})`, () => {
        // Achieved max relative error over the 84 rows of each column: Byar's 3.5e-16, exact 9.2e-16,
        // auto (PHE rule) 4.8e-16.
        const intervals = grid.map((r) => ratioInterval(num(r.O), num(r.E), { level, method }));
        // Byar's lower limit is NA in the reference at O = 0 (undefined) and at O = 1, 99.8%
        // (negative cube): this function returns 0 there, the exact lower limit at 0 and the floor.
        const expectedLower = (r: Record<string, string>) => {
          const value = num(r[`${column}_lower_${suffix}`]);
          return Number.isNaN(value) ? 0 : value;
        };
        expect(
          maxRelativeError(intervals.map((ci, i) => [ci.lower, expectedLower(grid[i])] as const)).error
        ).toBeLessThan(1e-14);
        expect(
          maxRelativeError(intervals.map((ci, i) => [ci.upper, num(grid[i][`${column}_upper_${suffix}`])] as const))
            .error
        ).toBeLessThan(1e-14);
      });
    }
  }

  it("never gives a negative lower limit: Byar's at O = 0 and at O = 1 for 99.8%", () => {
    expect(ratioInterval(0, 10, { method: "byar" }).lower).toBe(0);
    expect(ratioInterval(1, 10, { method: "byar", level: 0.998 }).lower).toBe(0);
    // the raw cube there: 1·(1 − 1/9 − 3.0902/3)³ = −0.0028 (reference README §6, PHE gives NA)
    expect(ratioInterval(1, 10, { method: "byar", level: 0.95 }).lower).toBeGreaterThan(0);
  });

  it("switches from exact to Byar's at O = 10 by default (the PHE rule)", () => {
    expect(ratioInterval(9, 4.2)).toEqual(ratioInterval(9, 4.2, { method: "exact" }));
    expect(ratioInterval(10, 4.2)).toEqual(ratioInterval(10, 4.2, { method: "byar" }));
    expect(ratioInterval(10, 4.2)).not.toEqual(ratioInterval(10, 4.2, { method: "exact" }));
  });

  it("has the closed form of the exact interval at O = 0: upper = −log(α/2)/E", () => {
    // χ²_{0.975}(2)/2 = −log(0.025) = 3.6888794541139363
    expect(ratioInterval(0, 1, { method: "exact" })).toEqual({
      lower: 0,
      upper: expect.closeTo(3.6888794541139363, 14)
    });
    expect(ratioInterval(0, 10, { method: "exact" }).upper).toBeCloseTo(0.36888794541139363, 15);
  });

  it("throws on impossible counts, expectations, levels and methods", () => {
    const bad: [number, number, object | undefined, ErrorConstructor][] = [
      [-1, 10, undefined, RangeError],
      [2.5, 10, undefined, RangeError],
      [Number.NaN, 10, undefined, RangeError],
      [5, 0, undefined, RangeError],
      [5, -1, undefined, RangeError],
      [5, Infinity, undefined, RangeError],
      [5, Number.NaN, undefined, RangeError],
      [5, 10, { level: 0 }, RangeError],
      [5, 10, { level: 95 }, RangeError],
      [5, 10, { method: "wald" }, RangeError],
      [5, "10" as unknown as number, undefined, TypeError]
    ];
    for (const [o, e, options, type] of bad) {
      expect(() => ratioInterval(o, e, options as never), `${o}, ${e}, ${JSON.stringify(options)}`).toThrow(type);
      expect(() => ratioInterval(o, e, options as never)).toThrow(/^ratioInterval: /);
    }
  });
});
