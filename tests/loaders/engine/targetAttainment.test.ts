import { describe, expect, it } from "vitest";
import { targetAttainment } from "../../../loaders/engine/targetAttainment.ts";

// docs/methods.md#target-levels: unrounded comparison, strict and range targets (hand cases).

describe("targetAttainment", () => {
  it("higher is better: high at or above high, moderate at or above moderate, else low", () => {
    const target = { direction: "higher" as const, high: 0.8, moderate: 0.7 };
    expect(targetAttainment(0.8, target)).toBe("high");
    expect(targetAttainment(0.80000001, target)).toBe("high");
    expect(targetAttainment(0.79999999, target)).toBe("moderate");
    expect(targetAttainment(0.7, target)).toBe("moderate");
    expect(targetAttainment(0.69999999, target)).toBe("low");
  });

  it("lower is better: high at or below high, moderate at or below moderate, else low", () => {
    const target = { direction: "lower" as const, high: 0.2, moderate: 0.3 };
    expect(targetAttainment(0.2, target)).toBe("high");
    expect(targetAttainment(0.19999999, target)).toBe("high");
    expect(targetAttainment(0.20000001, target)).toBe("moderate");
    expect(targetAttainment(0.3, target)).toBe("moderate");
    expect(targetAttainment(0.30000001, target)).toBe("low");
  });

  it("without a moderate level there is no moderate band", () => {
    expect(targetAttainment(0.35, { direction: "higher", high: 0.35 })).toBe("high");
    expect(targetAttainment(0.3499999, { direction: "higher", high: 0.35 })).toBe("low");
    expect(targetAttainment(0.03, { direction: "lower", high: 0.03, moderate: null })).toBe("high");
    expect(targetAttainment(0.0300001, { direction: "lower", high: 0.03, moderate: null })).toBe("low");
  });

  it("compares unrounded values: 34.9999 % is short of 35 % although it prints as 35 %", () => {
    expect(targetAttainment(0.349999, { direction: "higher", high: 0.35 })).toBe("low");
  });

  it("strict targets (> 90 %, < 5 %) exclude the boundary, in both directions", () => {
    expect(targetAttainment(0.9, { direction: "higher", high: 0.9, strict: true })).toBe("low");
    expect(targetAttainment(0.9000001, { direction: "higher", high: 0.9, strict: true })).toBe("high");
    expect(targetAttainment(0.05, { direction: "lower", high: 0.05, strict: true })).toBe("low");
    expect(targetAttainment(0.0499999, { direction: "lower", high: 0.05, strict: true })).toBe("high");
    expect(targetAttainment(0.85, { direction: "higher", high: 0.9, moderate: 0.85, strict: true })).toBe("low");
    expect(targetAttainment(0.86, { direction: "higher", high: 0.9, moderate: 0.85, strict: true })).toBe("moderate");
  });

  it(
    "range targets: high inside [lo, hi] including both ends, moderate in " + "the band, low outside on either side",
    () => {
      const target = { range: [0.2, 0.4] as [number, number], moderate: [0.15, 0.45] as [number, number] };
      expect(targetAttainment(0.2, target)).toBe("high");
      expect(targetAttainment(0.4, target)).toBe("high");
      expect(targetAttainment(0.19999999, target)).toBe("moderate");
      expect(targetAttainment(0.40000001, target)).toBe("moderate");
      expect(targetAttainment(0.15, target)).toBe("moderate");
      expect(targetAttainment(0.45, target)).toBe("moderate");
      expect(targetAttainment(0.14999999, target)).toBe("low");
      expect(targetAttainment(0.45000001, target)).toBe("low");
      expect(targetAttainment(0.1, { range: [0.2, 0.4] })).toBe("low");
      expect(targetAttainment(0.5, { range: [0.2, 0.4] })).toBe("low");
    }
  );

  it("gives no level without a target or without a value — never 'low'", () => {
    expect(targetAttainment(0.5, null)).toBeNull();
    expect(targetAttainment(0.5, undefined)).toBeNull();
    expect(targetAttainment(null, { direction: "higher", high: 0.35 })).toBeNull();
    expect(targetAttainment(Number.NaN, { direction: "higher", high: 0.35 })).toBeNull();
  });
});
