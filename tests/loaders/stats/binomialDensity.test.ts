import { describe, expect, it } from "vitest";
import { binomialDensity } from "../../../loaders/stats/binomialDensity.ts";

// Expected: hand values and mpmath 1.3.0 at 50 digits,
// exp(loggamma(a+b+1) - loggamma(a+1) - loggamma(b+1) + a*log(p) + b*log1p(-p)).
describe("binomialDensity", () => {
  it("is the binomial probability for whole counts", () => {
    // C(10,3)·0.3³·0.7⁷ = 120 · 0.027 · 0.0823543 = 0.266827932
    expect(binomialDensity(3, 7, 0.3, 0.7) / 0.266827932).toBeCloseTo(1, 14);
    expect(binomialDensity(0, 5, 0.2, 0.8)).toBeCloseTo(0.8 ** 5, 15);
    expect(binomialDensity(5, 0, 0.2, 0.8)).toBeCloseTo(0.2 ** 5, 15);
    expect(binomialDensity(0, 0, 0.2, 0.8)).toBe(1);
  });
  it("stays accurate for counts in the billions and for real counts", () => {
    const p = 7776456 / 7564336677;
    expect(binomialDensity(7776456, 7564336677 - 7776456, p, 1 - p) / 0.00014313391588566561814).toBeCloseTo(1, 12);
    expect(binomialDensity(5e6, 5e6, 0.5, 0.5) / 0.00025231324589418477862).toBeCloseTo(1, 13);
    expect(binomialDensity(0.5, 10.5, 0.1, 0.9) / 0.3959416789461271375).toBeCloseTo(1, 14);
  });
  it("handles p = 0 and p = 1", () => {
    expect(binomialDensity(0, 4, 0, 1)).toBe(1);
    expect(binomialDensity(1, 3, 0, 1)).toBe(0);
    expect(binomialDensity(4, 0, 1, 0)).toBe(1);
    expect(binomialDensity(3, 1, 1, 0)).toBe(0);
  });
});
