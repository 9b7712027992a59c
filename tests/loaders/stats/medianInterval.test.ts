import { describe, expect, it } from "vitest";
import { medianInterval } from "../../../loaders/stats/medianInterval.ts";

// docs/methods.md#medians: the order-statistic interval, hand-computed from Bin(n, ½).

// Expected values are hand-computed from Bin(n, ½): j = smallest j with P(B ≤ j) ≥ α/2, interval
// [x_(j), x_(n−j+1)], coverage 1 − 2·P(B ≤ j − 1) — the rule of asbio::ci.median and
// DescTools::MedianCI(method = "exact") (R: k <- qbinom((1 - conf)/2, n, 0.5); sort(x)[c(k, n - k + 1)]).
const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1); // x_(i) = i

describe("medianInterval", () => {
  it("n = 10 at 95%: P(B ≤ 1) = 11/1024 < 0.025 ≤ P(B ≤ 2) = 56/1024, so [x_(2), x_(9)]", () => {
    const shuffled = [7, 1, 3, 9, 4, 6, 2, 8, 5, 10];
    expect(medianInterval(shuffled)).toEqual({ median: 5.5, lower: 2, upper: 9, coverage: 1 - 22 / 1024 });
    expect(shuffled).toEqual([7, 1, 3, 9, 4, 6, 2, 8, 5, 10]); // not sorted in place
  });
  it("n = 20 at 95%: P(B ≤ 5) = 21700/2^20 < 0.025 ≤ P(B ≤ 6), so [x_(6), x_(15)]", () => {
    // P(B ≤ 5) = (1 + 20 + 190 + 1140 + 4845 + 15504)/1048576 = 21700/1048576 = 0.020695…
    expect(medianInterval(range(20))).toEqual({
      median: 10.5,
      lower: 6,
      upper: 15,
      coverage: 1 - (2 * 21700) / 1048576
    });
  });
  it("n = 6 at 95%: the smallest n with an interval, [x_(1), x_(6)] with coverage 1 − 2/64", () => {
    expect(medianInterval(range(6))).toEqual({ median: 3.5, lower: 1, upper: 6, coverage: 1 - 2 / 64 });
  });
  it("at 99.8%: n = 10 gives [x_(1), x_(10)] (P(B ≤ 0) = 1/1024 < 0.001), n = 9 has no interval", () => {
    expect(medianInterval(range(10), { level: 0.998 })).toEqual({
      median: 5.5,
      lower: 1,
      upper: 10,
      coverage: 1 - 2 / 1024
    });
    expect(medianInterval(range(9), { level: 0.998 })).toEqual({
      median: 5,
      lower: -Infinity,
      upper: Infinity,
      coverage: 1
    });
  });
  it("returns (−∞, ∞) with coverage 1 when even [x_(1), x_(n)] covers less than the level (n ≤ 5 at 95%)", () => {
    // [x_(1), x_(5)] covers 1 − 2/32 = 0.9375 < 0.95: no distribution-free interval at 95% but the whole line
    expect(medianInterval(range(5))).toEqual({ median: 3, lower: -Infinity, upper: Infinity, coverage: 1 });
    expect(medianInterval([42])).toEqual({ median: 42, lower: -Infinity, upper: Infinity, coverage: 1 });
    // at 90% n = 5 is enough: P(B ≤ 0) = 1/32 = 0.03125 < 0.05
    expect(medianInterval(range(5), { level: 0.9 })).toEqual({ median: 3, lower: 1, upper: 5, coverage: 1 - 2 / 32 });
  });
  it("handles ties and a large sample (normal approximation check)", () => {
    expect(medianInterval([3, 3, 3, 3, 3, 3, 3])).toEqual({ median: 3, lower: 3, upper: 3, coverage: 1 - 2 / 128 });
    // n = 10001: j ≈ n/2 − 1.96·√n/2 ≈ 4902. Exact sums in mpmath (30 digits): P(B ≤ 4901) =
    // 0.023854619400332306 < 0.025 ≤ P(B ≤ 4902) = 0.025000910166169511 (a near tie), so j = 4902.
    const big = medianInterval(range(10001));
    expect(big.median).toBe(5001);
    expect(big.lower).toBe(4902);
    expect(big.upper).toBe(10001 - 4902 + 1);
    expect(big.coverage / 0.95229076119933538733).toBeCloseTo(1, 14);
  });
  it("throws on empty or non-numeric data and levels outside (0, 1)", () => {
    expect(() => medianInterval([])).toThrow(/medianInterval: values/);
    expect(() => medianInterval([1, Number.NaN])).toThrow(RangeError);
    expect(() => medianInterval([1, Infinity])).toThrow(RangeError);
    expect(() => medianInterval([1, "2"] as never)).toThrow(TypeError);
    expect(() => medianInterval("12" as never)).toThrow(TypeError);
    expect(() => medianInterval([1, 2, 3], { level: 95 })).toThrow(/medianInterval: level/);
    expect(() => medianInterval([1, 2, 3], { level: 0 })).toThrow(RangeError);
    expect(() => medianInterval([1, 2, 3], null as never)).toThrow(TypeError);
  });
});
