import { describe, expect, it } from "vitest";
import { normalQuantile } from "../../../loaders/stats/normalQuantile.ts";

describe("normalQuantile", () => {
  it("matches R qnorm (values printed by R 4.2.2 with digits = 17, as in the reference CSVs)", () => {
    // binomial_ci.csv column z: qnorm(0.95), qnorm(0.975), qnorm(0.999)
    expect(normalQuantile(0.95)).toBeCloseTo(1.6448536269514728, 14);
    expect(normalQuantile(0.975)).toBeCloseTo(1.9599639845400536, 14);
    expect(normalQuantile(0.001)).toBeCloseTo(-3.0902323061678132, 14);
    expect(normalQuantile(0.5)).toBe(0);
    // Far tail (r > 5 branch): check Φ(x) = 1e-300 through the asymptotic tail series
    // Φ(x) ≈ φ(x)/|x| · (1 − 1/x² + 3/x⁴ − 15/x⁶), accurate far beyond 1e-10 at |x| ≈ 37.
    const x = normalQuantile(1e-300);
    const tail = (Math.exp(-(x * x) / 2) / Math.sqrt(2 * Math.PI) / -x) * (1 - 1 / x ** 2 + 3 / x ** 4 - 15 / x ** 6);
    expect(tail / 1e-300).toBeCloseTo(1, 10);
  });
  it("is antisymmetric", () => {
    for (const p of [0.01, 0.2, 0.4, 0.49]) expect(normalQuantile(p)).toBeCloseTo(-normalQuantile(1 - p), 12);
  });
  it("returns infinities at 0 and 1 and throws outside [0, 1]", () => {
    expect(normalQuantile(0)).toBe(-Infinity);
    expect(normalQuantile(1)).toBe(Infinity);
    expect(() => normalQuantile(-0.1)).toThrow(RangeError);
    expect(() => normalQuantile(1.1)).toThrow(RangeError);
    expect(() => normalQuantile(Number.NaN)).toThrow(RangeError);
  });
});
