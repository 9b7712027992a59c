import { describe, expect, it } from "vitest";
import { regularizedBeta } from "../../../loaders/stats/regularizedBeta.ts";

describe("regularizedBeta", () => {
  it("computes I_x(a, b)", () => {
    expect(regularizedBeta(0.3, 1, 1)).toBeCloseTo(0.3, 15);
    expect(regularizedBeta(0.5, 2, 2)).toBeCloseTo(0.5, 15); // symmetric
    // P(Bin(4, 0.5) ≥ 2) = 11/16 = I_0.5(2, 3)
    expect(regularizedBeta(0.5, 2, 3)).toBeCloseTo(11 / 16, 15);
    expect(regularizedBeta(0, 2, 3)).toBe(0);
    expect(regularizedBeta(1, 2, 3)).toBe(1);
  });
  it("throws on arguments outside the domain, naming the function", () => {
    expect(() => regularizedBeta(-0.1, 1, 1)).toThrow(/regularizedBeta: x/);
    expect(() => regularizedBeta(1.1, 1, 1)).toThrow(RangeError);
    expect(() => regularizedBeta(Number.NaN, 1, 1)).toThrow(RangeError);
    expect(() => regularizedBeta(0.5, 0, 1)).toThrow(/regularizedBeta: a/);
    expect(() => regularizedBeta(0.5, 1, -2)).toThrow(/regularizedBeta: b/);
    expect(() => regularizedBeta(0.5, 1, Infinity)).toThrow(RangeError);
    expect(() => regularizedBeta("0.5" as unknown as number, 1, 1)).toThrow(TypeError);
  });
});
