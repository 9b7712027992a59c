import { describe, expect, it } from "vitest";
import { valueDomain } from "../../src/components/valueDomain.ts";

describe("valueDomain", () => {
  it("shows proportions over 40 % on the full 0–100 % axis", () => {
    expect(valueDomain([0.38, 0.45], { proportion: true })).toEqual([0, 1]);
    expect(valueDomain([0.2], { proportion: true, target: { direction: "higher", high: 0.95 } })).toEqual([0, 1]);
  });
  it("stretches small proportions: a little above the largest value or target, rounded up to 5 %", () => {
    // 0.021 · 1.25 = 0.026 → 0.05; target 0.03 · 1.25 = 0.0375 → 0.05
    expect(valueDomain([0.004, 0.021, null], { proportion: true, target: { direction: "lower", high: 0.03 } })).toEqual(
      [0, 0.05]
    );
    // 0.12 · 1.25 = 0.15 → 0.15
    expect(valueDomain([0.12, Number.NaN], { proportion: true })).toEqual([0, 0.15]);
    // the range target counts: 0.4 · 1.25 = 0.5
    expect(valueDomain([0.3], { proportion: true, target: { range: [0.2, 0.4] } })).toEqual([0, 0.5]);
  });
  it("runs other values from 0 to a little above the largest", () => {
    expect(valueDomain([32, 40, 12], { proportion: false })).toEqual([0, 42]);
    expect(valueDomain([], { proportion: false })).toEqual([0, 1.05]);
  });
});
