/** Mean PROM score per treatment group, its normal interval, and the series over time. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExtractBuilder } from "../fixtures/engine/extractBuilder.ts";
import { computeFixture, pick, type FixtureResults } from "../fixtures/engine/computeFixture.ts";

// Treated at ha1a in 2019. Prostatectomy: 5 men with 1-year scores 60, 70, 80, 90, 100 and baseline 95.
// Radiotherapy: 5 men with 1-year score 90 and baseline 92.
const b = new ExtractBuilder();
[60, 70, 80, 90, 100].forEach((score, i) =>
  b.tumour({
    id: `rp${i}`,
    registry: "prostate",
    diagnosisDate: "2019-01-10",
    surgery: [{ unit: "ha1a", date: "2019-02-01", procedure: "radical-prostatectomy" }],
    proms: [
      { timepoint: "baseline", score: 95, date: "2019-01-20" },
      { timepoint: "1y", score, date: "2020-02-01" }
    ]
  })
);
for (let i = 0; i < 5; i++) {
  b.tumour({
    id: `rt${i}`,
    registry: "prostate",
    diagnosisDate: "2019-01-10",
    radiotherapy: [{ unit: "ha1a", date: "2019-02-01", intent: "curative", setting: "definitive" }],
    proms: [
      { timepoint: "baseline", score: 92, date: "2019-01-20" },
      { timepoint: "1y", score: 90, date: "2020-02-01" }
    ]
  });
}

let r: FixtureResults;
beforeAll(async () => {
  r = await computeFixture(b, ["prostate-urinary-incontinence"]);
});
afterAll(() => r.cleanup());
const row = (group: string, unit_id = "ha1a") =>
  pick(r.rows, { indicator: "prostate-urinary-incontinence", period: "2019", context: "treating", unit_id, group });

describe("prostate-urinary-incontinence (hand-computed)", () => {
  it("gives the mean per treatment group with a normal interval", () => {
    // Mean 80; s² = (400 + 100 + 0 + 100 + 400)/4 = 250; se = √(250/5) = 7.0710678; ± 1.959964·se = ± 13.859038.
    const surgery = row("surgery");
    expect(surgery).toMatchObject({ value: 80, denominator: 5, numerator: null });
    expect(surgery.se).toBeCloseTo(7.0710678, 6);
    expect(surgery.lower).toBeCloseTo(80 - 13.859038, 5);
    expect(surgery.upper).toBeCloseTo(80 + 13.859038, 5);
    expect(row("radiotherapy")).toMatchObject({ value: 90, se: 0, lower: 90, upper: 90 });
    // National value per group.
    expect(row("surgery", "nation").value).toBe(80);
    expect(surgery.national_value).toBe(80);
  });

  it("writes the series by time point for each group", () => {
    const series = r.curves.filter(
      (c) =>
        c.indicator === "prostate-urinary-incontinence" &&
        c.context === "treating" &&
        c.unit_id === "nation" &&
        c.group === "surgery"
    );
    expect(series.map((c) => [c.time, c.estimate, c.n_risk])).toEqual([
      [0, 95, 5],
      [365, 80, 5]
    ]);
  });
});
