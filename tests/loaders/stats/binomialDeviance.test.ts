import { describe, expect, it } from "vitest";
import { binomialDeviance } from "../../../loaders/stats/binomialDeviance.ts";

// Expected: mpmath 1.3.0 at 50 digits, x*log(x/m) + m - x.
describe("binomialDeviance", () => {
  it("matches 50-digit values in the series branch (x close to m) and the direct branch", () => {
    expect(binomialDeviance(10, 10.5) / 0.012098358305679969346).toBeCloseTo(1, 14);
    expect(binomialDeviance(1e6, 1e6 + 1000) / 0.4996669164668331906).toBeCloseTo(1, 13);
    expect(binomialDeviance(5, 50) / 33.48707453502977158).toBeCloseTo(1, 14);
    expect(binomialDeviance(100, 1) / 361.5170185988091368).toBeCloseTo(1, 14);
  });
  it("is 0 at x = m and m at x = 0", () => {
    expect(binomialDeviance(7, 7)).toBe(0);
    expect(binomialDeviance(0, 2.5)).toBe(2.5);
  });
});
