import { describe, expect, it } from "vitest";
import { poissonDensity } from "../../../loaders/stats/poissonDensity.ts";

// Expected: mpmath 1.3.0 at 50 digits, exp(a*log(l) - l - loggamma(a+1)).
describe("poissonDensity", () => {
  it("matches 50-digit values, including large and real counts", () => {
    expect(poissonDensity(3, 2.5) / 0.21376301724973644575).toBeCloseTo(1, 14);
    expect(poissonDensity(10001, 10000) / 0.0039889906598968359651).toBeCloseTo(1, 13);
    expect(poissonDensity(0.5, 0.3) / 0.45785434726091156197).toBeCloseTo(1, 14);
    expect(poissonDensity(1e8, 99930041.2588207) / 9.2955531025570570075e-16).toBeCloseTo(1, 10);
  });
  it("is e^(−λ) at 0 and handles λ = 0", () => {
    expect(poissonDensity(0, 2)).toBeCloseTo(Math.exp(-2), 16);
    expect(poissonDensity(0, 0)).toBe(1);
    expect(poissonDensity(2, 0)).toBe(0);
  });
});
