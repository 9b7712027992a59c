/** Cumulative incidence of local recurrence with death as the competing risk (Aalen–Johansen), by hand. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExtractBuilder } from "../fixtures/engine/extractBuilder.ts";
import { computeFixture, pick, type FixtureResults } from "../fixtures/engine/computeFixture.ts";

// 10 anterior resections at ha1a on 2019-02-01 for stage II rectal cancer. Patient 1: local recurrence on
// 2020-02-01 (day 365). Patient 2: dies on 2021-02-01 (day 731) without recurrence. Patient 3: local
// recurrence on 2024-06-01 (day 1947, after 5 years = 1826.2 days). Everyone else is followed to 2025-06-30.
const b = new ExtractBuilder();
b.many(10, "r-", { registry: "colorectal", icd10: "C20", diagnosisDate: "2019-01-10" }, (i) => ({
  surgery: [{ unit: "ha1a", date: "2019-02-01", procedure: "anterior-resection" }],
  recurrence:
    i === 0 ? [{ date: "2020-02-01", type: "local" }] : i === 2 ? [{ date: "2024-06-01", type: "local" }] : [],
  deathDate: i === 1 ? "2021-02-01" : undefined
}));

let r: FixtureResults;
beforeAll(async () => {
  r = await computeFixture(b, ["rectum-local-recurrence"]);
});
afterAll(() => r.cleanup());

describe("rectum-local-recurrence (hand-computed)", () => {
  it("gives the 5-year cumulative incidence with death as a competing risk", () => {
    // At day 365: 10 at risk, 1 local recurrence: CIF = S(365−)·1/10 = 0.1. The death at day 731 is a
    // competing event: CIF stays 0.1 (1 − Kaplan–Meier would count it). The recurrence at day 1947 is after 5 years.
    const row = pick(r.rows, { indicator: "rectum-local-recurrence", period: "2017–2019", unit_id: "ha1a" });
    expect(row.value).toBeCloseTo(0.1, 12);
    expect(row.numerator).toBe(1);
    expect(row.denominator).toBe(10);
    // Lower is better, high at ≤ 5 %: 0.1 is "low" attainment.
    expect(row.level).toBe("low");
  });

  it("writes the curve at trust level and above", () => {
    const curve = r.curves.filter(
      (c) => c.indicator === "rectum-local-recurrence" && c.period === "2017–2019" && c.unit_id === "ta1"
    );
    expect(curve[0]).toMatchObject({ time: 0, estimate: 0 });
    expect(curve.find((c) => c.time > 365 && c.time < 400)!.estimate).toBeCloseTo(0.1, 12);
    expect(curve.find((c) => c.time > 300 && c.time < 365)!.estimate).toBe(0);
  });
});
