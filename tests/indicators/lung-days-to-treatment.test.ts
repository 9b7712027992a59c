/** Median days from referral to treatment, with the order-statistic interval. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExtractBuilder } from "../fixtures/engine/extractBuilder.ts";
import { computeFixture, pick, type FixtureResults } from "../fixtures/engine/computeFixture.ts";

// ha1a 2019: 5 treated patients, referral 2019-03-01, first treatment after 10, 20, 30, 40 and 100 days.
// hb1a 2019: 10 patients, 1…10 weeks (7, 14, …, 70 days). One untreated patient at hb1a counts nowhere.
const plusDays = (date: string, days: number) =>
  new Date(Date.parse(date) + days * 86400000).toISOString().slice(0, 10);
const b = new ExtractBuilder();
[10, 20, 30, 40, 100].forEach((days, i) =>
  b.tumour({
    id: `a${i}`,
    registry: "lung",
    diagnosisDate: "2019-03-05",
    workup: { referralDate: "2019-03-01" },
    surgery: [{ unit: "ha1a", date: plusDays("2019-03-01", days), procedure: "lobectomy" }]
  })
);
for (let i = 0; i < 10; i++) {
  b.tumour({
    id: `b${i}`,
    registry: "lung",
    diagnosisDate: "2019-03-05",
    municipality: "0201",
    workup: { referralDate: "2019-03-01" },
    radiotherapy: [
      { unit: "hb1a", date: plusDays("2019-03-01", 7 * (i + 1)), intent: "curative", setting: "definitive" }
    ]
  });
}
b.tumour({
  id: "untreated",
  registry: "lung",
  diagnosisDate: "2019-03-05",
  municipality: "0201",
  workup: { referralDate: "2019-03-01" }
});

let r: FixtureResults;
beforeAll(async () => {
  r = await computeFixture(b, ["lung-days-to-treatment", "lung-treatment-within-42-days"]);
});
afterAll(() => r.cleanup());
const row = (indicator: string, unit_id: string) =>
  pick(r.rows, { indicator, period: "2019", context: "treating", unit_id });

describe("lung waiting times (hand-computed)", () => {
  it("gives the median and its distribution-free interval", () => {
    expect(row("lung-days-to-treatment", "ha1a")).toMatchObject({ value: 30, denominator: 5, numerator: null });
    // n = 5 is too small for a 95 % distribution-free interval (1 − 2^(1−5) < 0.95): unbounded, so null.
    expect(row("lung-days-to-treatment", "ha1a").lower).toBeNull();
    // hb1a: median of 7…70 = (35 + 42)/2 = 38.5; n = 10 → [x(2), x(9)] = [14, 63].
    expect(row("lung-days-to-treatment", "hb1a")).toMatchObject({ value: 38.5, lower: 14, upper: 63 });
    // Nation: 15 values 7, 10, 14, 20, 21, 28, 30, 35, 40, 42, 49, 56, 63, 70, 100 → median 35.
    expect(row("lung-days-to-treatment", "nation").value).toBe(35);
    // Medians have no funnel.
    expect(row("lung-days-to-treatment", "hb1a").z).toBeNull();
  });

  it("counts treatment within 42 days", () => {
    // ha1a 4 of 5 (10, 20, 30, 40); hb1a 6 of 10 (7 … 42); nation 10 of 15.
    expect(row("lung-treatment-within-42-days", "ha1a")).toMatchObject({ numerator: 4, denominator: 5 });
    expect(row("lung-treatment-within-42-days", "hb1a")).toMatchObject({ numerator: 6, denominator: 10 });
    expect(row("lung-treatment-within-42-days", "nation")).toMatchObject({ numerator: 10, denominator: 15 });
  });
});
