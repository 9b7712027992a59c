// The comparison filters: which units each keeps, on hand-made rows; the change test of
// docs/methods.md#change-between-periods with its worked example.
import { describe, expect, it } from "vitest";
import { changedSignificantly, filterUnits, passes } from "../../src/components/comparison.ts";
import type { ResultRow } from "../../src/components/types.ts";

const row = (unit_id: string, year: number, overrides: Partial<ResultRow> = {}) =>
  ({
    unit_id,
    period: String(year),
    period_start: year,
    period_end: year,
    value: 0.5,
    lower: 0.4,
    upper: 0.6,
    level: "high",
    flag: null,
    suppressed: false,
    ...overrides
  }) as ResultRow;

describe("changedSignificantly", () => {
  it("compares the difference with 1.96 standard errors taken from the intervals", () => {
    // Each SE = 0.1 / 1.96; the difference's SE = 0.1 × √2 / 1.96 = 0.0722; 1.96 of it = 0.1414.
    const before = row("a", 2021);
    expect(changedSignificantly(row("a", 2022, { value: 0.65, lower: 0.55, upper: 0.75 }), before)).toBe(true);
    expect(changedSignificantly(row("a", 2022, { value: 0.63, lower: 0.53, upper: 0.73 }), before)).toBe(false);
    expect(changedSignificantly(row("a", 2022, { value: 0.35, lower: 0.25, upper: 0.45 }), before)).toBe(true);
  });

  it("says nothing about a hidden or missing period", () => {
    expect(changedSignificantly(row("a", 2022, { suppressed: true, value: null }), row("a", 2021))).toBeNull();
    expect(changedSignificantly(row("a", 2022), undefined)).toBeNull();
    expect(changedSignificantly(row("a", 2022, { lower: null }), row("a", 2021))).toBeNull();
  });
});

describe("passes", () => {
  it("keeps units short of high attainment, outside the limits, or changed", () => {
    expect(passes("below-target", row("a", 2022, { level: "moderate" }), undefined)).toBe(true);
    expect(passes("below-target", row("a", 2022, { level: "low" }), undefined)).toBe(true);
    expect(passes("below-target", row("a", 2022, { level: "high" }), undefined)).toBe(false);
    expect(passes("below-target", row("a", 2022, { level: null }), undefined)).toBe(false);
    expect(passes("outside-95", row("a", 2022, { flag: "alert-low" }), undefined)).toBe(true);
    expect(passes("outside-95", row("a", 2022, { flag: "alarm-high" }), undefined)).toBe(true);
    expect(passes("outside-998", row("a", 2022, { flag: "alert-low" }), undefined)).toBe(false);
    expect(passes("outside-998", row("a", 2022, { flag: "alarm-low" }), undefined)).toBe(true);
    expect(passes("outside-95", row("a", 2022), undefined)).toBe(false);
    // A hidden result passes no filter: its level and flag are not published.
    expect(passes("below-target", row("a", 2022, { suppressed: true, value: null, level: "low" }), undefined)).toBe(
      false
    );
    expect(passes("", undefined, undefined)).toBe(true);
  });
});

describe("filterUnits", () => {
  it("judges each unit's row of the period against its own row one year earlier", () => {
    const rows = [
      row("a", 2021),
      row("a", 2022, { value: 0.8, lower: 0.7, upper: 0.9 }),
      row("b", 2021, { value: 0.8, lower: 0.7, upper: 0.9 }),
      row("b", 2022, { level: "low", flag: "alarm-low" }),
      row("c", 2022, { level: "moderate" }),
      // Rolling windows: 2019–2021 is the one before 2020–2022.
      { ...row("d", 2021), period: "2019–2021", period_start: 2019 },
      { ...row("d", 2022, { value: 0.9, lower: 0.85, upper: 0.95 }), period: "2020–2022", period_start: 2020 }
    ];
    expect([...filterUnits(rows, "2022", "changed")]).toEqual(["a", "b"]);
    expect([...filterUnits(rows, "2022", "below-target")]).toEqual(["b", "c"]);
    expect([...filterUnits(rows, "2022", "outside-998")]).toEqual(["b"]);
    expect([...filterUnits(rows, "2020–2022", "changed")]).toEqual(["d"]);
    expect([...filterUnits(rows, "2022", "")]).toEqual(["a", "b", "c", "d"]);
  });
});
