import { describe, expect, it } from "vitest";
import { betaQuantile } from "../../../loaders/stats/betaQuantile.ts";
import { betaTails } from "../../../loaders/stats/betaTails.ts";

describe("betaQuantile", () => {
  it("inverts the closed forms", () => {
    expect(betaQuantile(0.3, 1, 1)).toBeCloseTo(0.3, 15);
    expect(betaQuantile(0.25, 2, 1)).toBeCloseTo(0.5, 15); // x²
    expect(betaQuantile(0.001, 1, 7) / -Math.expm1(Math.log1p(-0.001) / 7)).toBeCloseTo(1, 14); // 1 − (1 − x)^7
    expect(betaQuantile(0.3, 0.5, 0.5) / Math.sin((Math.PI * 0.3) / 2) ** 2).toBeCloseTo(1, 14); // arcsine law
    // Clopper–Pearson at x = n: lower = (α/2)^(1/n)
    expect(betaQuantile(0.025, 20, 1) / 0.025 ** (1 / 20)).toBeCloseTo(1, 15);
  });
  it("matches 50-digit roots for n in the millions and billions", () => {
    // mpmath 1.3.0 at 50 digits: roots p of P(Bin(n, p) ≤ x) = α/2 (Clopper–Pearson upper limits).
    // binomial_ci.csv (statsmodels 0.13.5 / scipy 1.10.1) is off by the relative amount in brackets.
    expect(betaQuantile(0.95, 2, 9999999) / 4.7438636303713684267e-7).toBeCloseTo(1, 14); // x=1, n=1e7, 90% [1.1e-10]
    expect(betaQuantile(0.975, 2, 9999999) / 5.5716421173607301887e-7).toBeCloseTo(1, 14); // x=1, 95% [6.6e-11]
    expect(betaQuantile(0.975, 3, 9999998) / 7.224685780387377977e-7).toBeCloseTo(1, 14); // x=2, 95% [6.4e-11]
    expect(betaQuantile(0.999, 3, 9999998) / 1.1228867060922647607e-6).toBeCloseTo(1, 14); // x=2, 99.8% [3.2e-11]
    expect(betaQuantile(0.95, 3, 99998) / 0.000062956583960867050031).toBeCloseTo(1, 14); // x=2, n=1e5, 90% [8.7e-13]
    // Root of P(Bin(7564336677, p) ≥ 7776456) = 0.001 by 45-digit summation (CP lower, 99.8%) [3.3e-12].
    expect(betaQuantile((1 - 0.998) / 2, 7776456, 7564336677 - 7776456 + 1) / 0.001026903757921767716).toBeCloseTo(
      1,
      14
    );
    // Jeffreys lower there: Beta(x + ½, n − x + ½) quantile, root of the density integrated by mpmath quad
    // at 40 digits [binomial_ci.csv jeffreys_lower: 3.4e-12].
    expect(betaQuantile((1 - 0.998) / 2, 7776456.5, 7564336677 - 7776456 + 0.5) / 0.0010269038239848489485).toBeCloseTo(
      1,
      14
    );
  });
  it("is within 1e-13 relative (or 2 ulps near 1) of the root, in both tails and for small shapes", () => {
    // A round trip in probability is ill-conditioned (one ulp of x moves I_x(1e5, 2) by 5e-12), so
    // check instead that p is bracketed by the tails at x moved by that much either way.
    for (const [a, b] of [
      [0.5, 0.5],
      [0.5, 1e7 + 0.5],
      [3, 5],
      [1e5, 2],
      [40, 0.3],
      [7776456, 7556560222]
    ]) {
      for (const p of [1e-10, 0.001, 0.3, 0.5, 0.8, 0.999]) {
        const x = betaQuantile(p, a, b);
        const dx = Math.max(x * 1e-13, 2 * Number.EPSILON);
        const left = betaTails(a, b, x - dx, 1 - x + dx);
        const right = betaTails(a, b, x + dx, 1 - x - dx);
        if (p <= 0.5) expect(left.lower <= p && p <= right.lower, `a=${a} b=${b} p=${p}`).toBe(true);
        else expect(left.upper >= 1 - p && 1 - p >= right.upper, `a=${a} b=${b} p=${p}`).toBe(true);
      }
    }
  });
  it("gives the ends at p = 0 and 1 and throws outside the domain", () => {
    expect(betaQuantile(0, 2, 3)).toBe(0);
    expect(betaQuantile(1, 2, 3)).toBe(1);
    expect(() => betaQuantile(-0.01, 2, 3)).toThrow(/betaQuantile: p/);
    expect(() => betaQuantile(1.01, 2, 3)).toThrow(RangeError);
    expect(() => betaQuantile(Number.NaN, 2, 3)).toThrow(RangeError);
    expect(() => betaQuantile(0.5, 0, 3)).toThrow(/betaQuantile: a/);
    expect(() => betaQuantile(0.5, 2, -1)).toThrow(/betaQuantile: b/);
    expect(() => betaQuantile(0.5, 2, Number.NaN)).toThrow(RangeError);
  });
});
