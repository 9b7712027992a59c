import { describe, expect, it } from "vitest";
import { stirlingError } from "../../../loaders/stats/stirlingError.ts";

// Expected: mpmath 1.3.0 at 50 digits, loggamma(x+1) - (x+1/2)*log(x) + x - log(2*pi)/2.
const mpmath: [number, number][] = [
  [0.5, 0.15342640972002734529],
  [1, 0.08106146679532725822],
  [1.5, 0.054814121051917653896],
  [2.25, 0.036805303309148515599],
  [7, 0.011896709945891770095],
  [14.5, 0.005746216513010115682],
  [15, 0.005554733551962801371],
  [15.5, 0.0053755990329268344936],
  [100, 0.00083333055563491468338],
  [5000, 0.000016666666644444444698],
  [1e10, 8.3333333333333333333e-12]
];

describe("stirlingError", () => {
  it("matches 50-digit values on both sides of the series cut-off at 15", () => {
    // What matters is the absolute error (it sits in an exponent): below 1e-15 everywhere here.
    for (const [x, expected] of mpmath) expect(Math.abs(stirlingError(x) - expected)).toBeLessThan(1e-15);
    // and relative accuracy from the series for large x
    expect(stirlingError(1e10) / 8.3333333333333333333e-12).toBeCloseTo(1, 14);
  });
  it("tends to 1/(12x) for large x", () => {
    expect(stirlingError(1e6) * 12e6).toBeCloseTo(1, 10);
  });
});
