import { describe, expect, it } from "vitest";
import { gammaQuantile } from "../../../loaders/stats/gammaQuantile.ts";
import { gammaTails } from "../../../loaders/stats/gammaTails.ts";

describe("gammaQuantile", () => {
  it("inverts the exponential distribution (shape 1)", () => {
    expect(gammaQuantile(0.5, 1) / Math.LN2).toBeCloseTo(1, 14);
    expect(gammaQuantile(0.999, 1) / -Math.log(0.001)).toBeCloseTo(1, 14);
    expect(gammaQuantile(1e-9, 1) / -Math.log1p(-1e-9)).toBeCloseTo(1, 12);
  });
  it("is within 1e-13 (relative) of the root for small and large shapes", () => {
    // Bracketing rather than a round trip in probability, which is ill-conditioned for large shapes.
    for (const a of [0.05, 0.5, 1, 2, 9, 10, 65, 1046, 1e5, 1e8]) {
      for (const p of [1e-12, 0.001, 0.025, 0.5, 0.975, 0.999]) {
        const x = gammaQuantile(p, a);
        const left = gammaTails(a, x * (1 - 1e-13));
        const right = gammaTails(a, x * (1 + 1e-13));
        if (p <= 0.5) expect(left.lower <= p && p <= right.lower, `a=${a} p=${p}`).toBe(true);
        else expect(left.upper >= 1 - p && 1 - p >= right.upper, `a=${a} p=${p}`).toBe(true);
      }
    }
  });
  it("gives 0 and Infinity at p = 0 and 1 and throws outside the domain", () => {
    expect(gammaQuantile(0, 3)).toBe(0);
    expect(gammaQuantile(1, 3)).toBe(Infinity);
    expect(() => gammaQuantile(-0.1, 3)).toThrow(/gammaQuantile: p/);
    expect(() => gammaQuantile(Number.NaN, 3)).toThrow(RangeError);
    expect(() => gammaQuantile(0.5, 0)).toThrow(/gammaQuantile: a/);
    expect(() => gammaQuantile(0.5, Infinity)).toThrow(RangeError);
  });
});
