import { describe, expect, it } from "vitest";
import { predictLogistic } from "../../../loaders/stats/predictLogistic.ts";

describe("predictLogistic", () => {
  it("computes 1/(1 + e^(−η)) with the intercept first", () => {
    expect(predictLogistic([0, 1], [[0], [Math.log(3)], [-Math.log(3)]])).toEqual([
      0.5,
      expect.closeTo(0.75, 15),
      expect.closeTo(0.25, 15)
    ]);
    expect(predictLogistic([Math.log(4)], [[]])[0]).toBeCloseTo(0.8, 15);
  });
  it("keeps full precision in both tails", () => {
    const [low, high, tiny] = predictLogistic([0, 1], [[-800], [800], [-40]]);
    expect(low).toBe(0); // underflows to 0, not NaN (e^800 would overflow in 1/(1 + e^−η))
    expect(high).toBe(1);
    expect(tiny / Math.exp(-40)).toBeCloseTo(1, 14); // 4.2e-18 to full relative precision
  });
  it("returns an empty array for no rows", () => {
    expect(predictLogistic([1, 2], [])).toEqual([]);
  });
  it("throws on malformed coefficients or rows", () => {
    expect(() => predictLogistic([], [[1]])).toThrow(/predictLogistic: coefficients/);
    expect(() => predictLogistic([1, Number.NaN], [[1]])).toThrow(RangeError);
    expect(() => predictLogistic([1, 2], [[1, 2]])).toThrow(/X\[0\] has 2 values, expected 1/);
    expect(() => predictLogistic([1, 2], [[Infinity]])).toThrow(RangeError);
    expect(() => predictLogistic([1, 2], "X" as never)).toThrow(TypeError);
    expect(() => predictLogistic([1, 2], [["1"]] as never)).toThrow(TypeError);
  });
});
