// A coarsened count publishes its band and nothing computed from the count itself; a hidden one, no number.
import { describe, expect, it } from "vitest";
import { markRow } from "../../../loaders/disclosure/publish.ts";
import type { IndicatorRules } from "../../../loaders/disclosure/policy.ts";
import { row } from "../../fixtures/pages/siteData.ts";

const rules: IndicatorRules = {
  minDenominator: 5,
  smallCounts: "events-and-complements",
  range: [1, 4],
  coarsen: true,
  curves: { pointsPerYear: 4, atRisk: true }
};
// A hospital with 3 deaths of 120 operated, adjusted for case mix.
const hospital = row({
  unit_id: "stolav",
  unit_level: "hospital",
  numerator: 3,
  denominator: 120,
  value: 0.025,
  lower: 0.0085,
  upper: 0.0709,
  observed: 3,
  expected: 4.37,
  oe_ratio: 0.6865,
  oe_lower: 0.1416,
  oe_upper: 2.0063,
  adjusted_value: 0.0214,
  oe_z: -0.71,
  oe_flag: "alert-low",
  oe_separation: "none"
});

describe("markRow", () => {
  it("publishes a coarsened small count as its band, with no value, level or case-mix figure", () => {
    const out = markRow(hospital, "coarsened", rules, { rule: "small-count", quantity: "x", band: [1, 4] }, ".1%");
    expect(out).toMatchObject({
      numerator: null,
      numerator_range: [1, 4],
      denominator: 120,
      value: null,
      // 1/120 and 4/120, rounded outward at the printed decimals.
      lower: 0.008,
      upper: 0.034,
      level: null,
      observed: null,
      expected: null,
      oe_ratio: null,
      oe_lower: null,
      oe_upper: null,
      adjusted_value: null,
      oe_z: null,
      oe_flag: null,
      // Whether the model separated speaks of the whole model, not this unit's count.
      oe_separation: "none"
    });
  });

  it("bands a small complement from the other end", () => {
    const out = markRow(
      { ...hospital, numerator: 118 },
      "coarsened",
      rules,
      { rule: "small-count", quantity: "complement", band: [1, 4] },
      ".1%"
    );
    expect(out.numerator_range).toEqual([116, 119]);
  });

  it("publishes a hidden cell with no number at all", () => {
    const out = markRow(hospital, "hidden", rules, null, ".1%");
    expect(out).toMatchObject({
      suppressed: true,
      suppression_reason: "protected",
      numerator: null,
      denominator: null
    });
    expect(out.observed).toBeNull();
    expect(out.national_value).toBeNull();
  });
});
