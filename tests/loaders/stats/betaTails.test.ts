import { describe, expect, it } from "vitest";
import { betaTails } from "../../../loaders/stats/betaTails.ts";

const tails = (a: number, b: number, x: number) => betaTails(a, b, x, 1 - x);

describe("betaTails", () => {
  it("has the closed forms of small parameters", () => {
    // I_x(1, 1) = x; I_x(a, 1) = x^a; I_x(1, b) = 1 − (1 − x)^b; Beta(½, ½): (2/π)·asin(√x)
    expect(tails(1, 1, 0.3).lower).toBeCloseTo(0.3, 15);
    expect(tails(3, 1, 0.7).lower).toBeCloseTo(0.343, 15);
    expect(tails(1, 4, 0.2).upper).toBeCloseTo(0.8 ** 4, 15);
    expect(tails(0.5, 0.5, 0.3).lower / 0.36901011956554537504).toBeCloseTo(1, 14); // mpmath, 50 digits
  });
  it("matches exact binomial sums (mpmath 1.3.0, 50 digits) near the mean and in far tails", () => {
    // For whole a, b: I_x(a, b) = P(Bin(a + b − 1, x) ≥ a), summed term by term in mpmath.
    expect(tails(5000, 5001, 0.5).lower / 0.50398932306969107688).toBeCloseTo(1, 13);
    expect(tails(30, 40, 0.99).upper / 1.7850749880334748641e-61).toBeCloseTo(1, 12);
    // scipy 1.17 betainc gives 0.8000000001414832 here (6e-11 off); the exact sum is:
    expect(tails(2, 9999999, 2.994308049045906e-7).lower / 0.80000000009332702772).toBeCloseTo(1, 14);
    expect(tails(10, 1e7, 1.2518739350496703e-6).upper / 0.19999999999532551832).toBeCloseTo(1, 13);
    // n = 7564336677 from binomial_ci.csv, two standard deviations above the mean
    expect(tails(7776456, 7556560222, 0.0010287789562050378).upper / 0.022769459716496393355).toBeCloseTo(1, 11);
  });
  it("returns complementary tails and handles the ends", () => {
    const t = tails(65, 36, 0.6);
    expect(t.lower + t.upper).toBeCloseTo(1, 15);
    expect(betaTails(2, 3, 0, 1)).toEqual({ lower: 0, upper: 1 });
    expect(betaTails(2, 3, 1, 0)).toEqual({ lower: 1, upper: 0 });
  });
});
