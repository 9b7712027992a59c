import { describe, expect, it } from "vitest";
import { quantile } from "../../../loaders/stats/quantile.ts";
import { num, readCsv } from "../../support/readCsv.ts";

// docs/methods.md#overdispersion: the winsorising quantiles are R quantile(type = 7).

describe("quantile", () => {
  it("interpolates linearly between order statistics (R type 7)", () => {
    // R: quantile(c(1, 2, 3, 4), c(0, 0.1, 0.5, 1)) = 1, 1.3, 2.5, 4
    expect(quantile([4, 2, 1, 3], 0)).toBe(1);
    expect(quantile([4, 2, 1, 3], 0.1)).toBeCloseTo(1.3, 15);
    expect(quantile([4, 2, 1, 3], 0.5)).toBe(2.5);
    expect(quantile([4, 2, 1, 3], 1)).toBe(4);
    expect(quantile([7], 0.3)).toBe(7);
  });
  it("reproduces the winsorisation quantiles of funnel_od_summary.csv (R 4.2.2 quantile type 7)", () => {
    const units = readCsv(new URL("../../fixtures/reference/funnel_od_units.csv", import.meta.url)).filter(
      (r) => r.method === "normal"
    );
    const summary = readCsv(new URL("../../fixtures/reference/funnel_od_summary.csv", import.meta.url)).find(
      (r) => r.method === "normal"
    )!;
    const z = units.map((r) => num(r.z));
    expect(quantile(z, 0.1) / num(summary.winsor_q_low)).toBeCloseTo(1, 15);
    expect(quantile(z, 0.9) / num(summary.winsor_q_high)).toBeCloseTo(1, 15);
  });
  it("does not modify its input", () => {
    const values = [3, 1, 2];
    quantile(values, 0.5);
    expect(values).toEqual([3, 1, 2]);
  });
  it("throws on empty or non-numeric values and p outside [0, 1]", () => {
    expect(() => quantile([], 0.5)).toThrow(/quantile: values/);
    expect(() => quantile([1, Number.NaN], 0.5)).toThrow(RangeError);
    expect(() => quantile("123" as unknown as number[], 0.5)).toThrow(TypeError);
    expect(() => quantile([1, 2], 1.5)).toThrow(/quantile: p/);
    expect(() => quantile([1, 2], -0.5)).toThrow(RangeError);
  });
});
