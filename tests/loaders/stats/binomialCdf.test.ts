import { describe, expect, it } from "vitest";
import { binomialCdf } from "../../../loaders/stats/binomialCdf.ts";
import { num, readCsv } from "../../support/readCsv.ts";
import { maxRelativeError } from "../../support/relativeError.ts";

// funnel_limits_proportion.csv: F_rp = P(Bin(n, p0) ≤ r_p) and F_rp_minus_1, scipy 1.10.1 binom.cdf.
const funnel = readCsv(new URL("../../fixtures/reference/funnel_limits_proportion.csv", import.meta.url));

describe("binomialCdf", () => {
  it("matches every F_rp and F_rp_minus_1 of funnel_limits_proportion.csv (456 rows)", () => {
    // Achieved max relative error: 3.0e-14 (F_rp), 3.2e-14 (F_rp_minus_1).
    const pairs = (column: string, offset: number) =>
      funnel.map((r) => [binomialCdf(num(r.r_p) - offset, num(r.n), num(r.p0)), num(r[column])] as const);
    expect(maxRelativeError(pairs("F_rp", 0)).error).toBeLessThan(1e-13);
    expect(maxRelativeError(pairs("F_rp_minus_1", 1)).error).toBeLessThan(1e-13);
  });
  it("matches hand sums", () => {
    expect(binomialCdf(1, 2, 0.5)).toBeCloseTo(0.75, 15);
    expect(binomialCdf(0, 10, 0.1)).toBeCloseTo(0.9 ** 10, 15);
    // P(Bin(5, 0.3) ≤ 2) = 0.16807 + 0.36015 + 0.3087 = 0.83692
    expect(binomialCdf(2, 5, 0.3)).toBeCloseTo(0.83692, 15);
  });
  it("is 0 below 0 and 1 from n on, including p at 0 or 1 and n = 0", () => {
    expect(binomialCdf(-1, 5, 0.3)).toBe(0);
    expect(binomialCdf(5, 5, 0.3)).toBe(1);
    expect(binomialCdf(9, 5, 0.3)).toBe(1);
    expect(binomialCdf(0, 0, 0.3)).toBe(1);
    expect(binomialCdf(0, 5, 0)).toBe(1);
    expect(binomialCdf(4, 5, 1)).toBe(0);
  });
  it("throws on non-whole counts and probabilities outside [0, 1]", () => {
    expect(() => binomialCdf(1.5, 5, 0.3)).toThrow(/binomialCdf: r/);
    expect(() => binomialCdf(Number.NaN, 5, 0.3)).toThrow(RangeError);
    expect(() => binomialCdf(1, -5, 0.3)).toThrow(/binomialCdf: n/);
    expect(() => binomialCdf(1, 5.5, 0.3)).toThrow(RangeError);
    expect(() => binomialCdf(1, 5, 1.3)).toThrow(/binomialCdf: p/);
    expect(() => binomialCdf(1, 5, Number.NaN)).toThrow(RangeError);
    expect(() => binomialCdf(1, "5" as unknown as number, 0.3)).toThrow(TypeError);
  });
});
