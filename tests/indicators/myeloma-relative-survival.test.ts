/**
 * Five-year net survival by residence. The fixture's life table has qx = 0, so the Pohar Perme estimate
 * equals Kaplan–Meier and can be computed by hand.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExtractBuilder } from "../fixtures/engine/extractBuilder.ts";
import { computeFixture, pick, type FixtureResults } from "../fixtures/engine/computeFixture.ts";

// ta1 (0101): 10 patients diagnosed 2018-01-01; two die on 2018-04-11 (day 100), one on 2021-01-01
// (day 1096); the rest are alive at the extract date 2025-06-30 (more than 5 years).
// tb1 (0201): 5 patients diagnosed 2019-06-01, all alive.
const b = new ExtractBuilder();
b.many(
  10,
  "ta-",
  { registry: "lymphoid", histology: "myeloma", diagnosisDate: "2018-01-01", municipality: "0101" },
  (i) => ({
    deathDate: i < 2 ? "2018-04-11" : i === 2 ? "2021-01-01" : undefined
  })
);
b.many(5, "tb-", { registry: "lymphoid", histology: "myeloma", diagnosisDate: "2019-06-01", municipality: "0201" });

let r: FixtureResults;
beforeAll(async () => {
  r = await computeFixture(b, ["myeloma-relative-survival"]);
});
afterAll(() => r.cleanup());
const row = (period: string, unit_id: string) =>
  pick(r.rows, { indicator: "myeloma-relative-survival", period, unit_id });

describe("myeloma-relative-survival (hand-computed)", () => {
  it("estimates 5-year survival per unit and window", () => {
    // ta1: KM = (1 − 2/10)·(1 − 1/8) = 0.8 · 0.875 = 0.7; three deaths before 5 years.
    expect(row("2017–2019", "ta1")).toMatchObject({ denominator: 10, numerator: 3 });
    expect(row("2017–2019", "ta1").value).toBeCloseTo(0.7, 10);
    // tb1: nobody dies: 1.
    expect(row("2017–2019", "tb1").value).toBeCloseTo(1, 10);
    // Nation, 15 patients: deaths at day 100 (2 of 15) and day 1096 (1 of 13): (13/15)·(12/13) = 0.8.
    expect(row("2017–2019", "nation").value).toBeCloseTo(0.8, 10);
    // Window 2019–2021 holds only tb1's patients.
    expect(row("2019–2021", "nation").denominator).toBe(5);
  });

  it("gives a log-log interval inside (0, 1) and the target level (≥ 60 %)", () => {
    const ta1 = row("2017–2019", "ta1");
    expect(ta1.lower).toBeGreaterThan(0.3);
    expect(ta1.lower).toBeLessThan(0.7);
    expect(ta1.upper).toBeGreaterThan(0.7);
    expect(ta1.upper).toBeLessThan(1);
    expect(ta1.level).toBe("high");
  });

  it("writes curves at trust, region and nation level only, from 1 at time 0 to the 5-year value", () => {
    const curve = r.curves.filter(
      (c) => c.indicator === "myeloma-relative-survival" && c.period === "2017–2019" && c.unit_id === "ta1"
    );
    expect(curve[0]).toMatchObject({ time: 0, estimate: 1, n_risk: 10 });
    const last = curve[curve.length - 1];
    expect(last.time).toBeCloseTo(5 * 365.241, 6);
    expect(last.estimate).toBeCloseTo(0.7, 10);
    // 12 points a year for 5 years, plus time 0.
    expect(curve).toHaveLength(61);
    expect(r.curves.some((c) => c.unit_level === "hospital")).toBe(false);
  });
});
