import { describe, expect, it } from "vitest";
import { gammaTails } from "../../../loaders/stats/gammaTails.ts";

describe("gammaTails", () => {
  it("has the closed forms of whole shapes (Poisson sums)", () => {
    // P(1, x) = 1 − e^(−x); Q(3, x) = e^(−x)(1 + x + x²/2)
    expect(gammaTails(1, 0.3).lower / -Math.expm1(-0.3)).toBeCloseTo(1, 15);
    expect(gammaTails(1, 5).upper / Math.exp(-5)).toBeCloseTo(1, 14);
    expect(gammaTails(3, 2).upper / (Math.exp(-2) * 5)).toBeCloseTo(1, 14);
    expect(gammaTails(3, 20).upper / (Math.exp(-20) * 221)).toBeCloseTo(1, 14);
  });
  it("matches the series summed in mpmath (1.3.0, 40 digits) for huge shapes", () => {
    // scipy 1.17 gammainc gives 9.9668e-13 and 1.00000000000015e-12 at these points.
    expect(gammaTails(1e8, 99930041.2588207).lower / 1.3031026554955942936e-12).toBeCloseTo(1, 9);
    expect(gammaTails(1e6, 992981.6691958044).lower / 1.0000000803939431692e-12).toBeCloseTo(1, 10);
    expect(gammaTails(1046, 834.3866674640768).lower / 9.9999999999999716351e-13).toBeCloseTo(1, 12);
  });
  it("returns complementary tails and handles the ends", () => {
    const t = gammaTails(10, 12);
    expect(t.lower + t.upper).toBeCloseTo(1, 15);
    expect(gammaTails(2, 0)).toEqual({ lower: 0, upper: 1 });
    expect(gammaTails(2, Infinity)).toEqual({ lower: 1, upper: 0 });
  });
});
