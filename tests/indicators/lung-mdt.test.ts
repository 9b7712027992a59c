/** lung-mdt on a hand-made extract: every unit counted (results hide nothing), by treating hospital and residence. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExtractBuilder } from "../fixtures/engine/extractBuilder.ts";
import { computeFixture, pick, type FixtureResults } from "../fixtures/engine/computeFixture.ts";

// Treated lung patients in 2019 (treating context = the hospital of the first treatment, here an operation).
// hospital: treated, discussed in MDT
//   ha1a:  3,  3   (under the minimum denominator 5)
//   ha1b: 20, 18   (20 − 18 = 2: a small count)
//   ha2:  30, 30   (30 − 30 = 0 is not a small count)
//   hb1a: 12,  6
//   hb1b: 40, 30
const b = new ExtractBuilder();
const plan: [string, number, number][] = [
  ["ha1a", 3, 3],
  ["ha1b", 20, 18],
  ["ha2", 30, 30],
  ["hb1a", 12, 6],
  ["hb1b", 40, 30]
];
for (const [unit, n, mdt] of plan) {
  b.many(n, `${unit}-`, { registry: "lung", diagnosisDate: "2019-04-01" }, (i) => ({
    surgery: [{ unit, date: "2019-05-01", procedure: "lobectomy" }],
    workup: { mdt: i < mdt }
  }));
}

let r: FixtureResults;
beforeAll(async () => {
  r = await computeFixture(b, ["lung-mdt"]);
});
afterAll(() => r.cleanup());
const row = (unit_id: string) => pick(r.rows, { indicator: "lung-mdt", period: "2019", context: "treating", unit_id });

describe("lung-mdt (hand-computed)", () => {
  it("counts every hospital, even one under the minimum denominator: the public build decides what is shown", () => {
    expect(row("ha1a")).toMatchObject({ denominator: 3, numerator: 3, suppressed: false, suppression_reason: null });
    expect(row("ha1b")).toMatchObject({ denominator: 20, numerator: 18, suppressed: false });
    expect(row("ta1")).toMatchObject({ denominator: 23, numerator: 21, suppressed: false });
  });

  it("adds hospitals up to trusts, regions and the nation", () => {
    expect(row("hb1a")).toMatchObject({ numerator: 6, denominator: 12 });
    expect(row("ha2")).toMatchObject({ numerator: 30, denominator: 30 });
    // Region B: 36/52. Nation 87/105.
    expect(row("rb")).toMatchObject({ numerator: 36, denominator: 52 });
    expect(row("nation")).toMatchObject({ numerator: 87, denominator: 105, suppressed: false });
  });

  it("counts the same patients by residence", () => {
    // In the residence context everyone lives in 0101 (ta1): 105 treated, 87 discussed in an MDT.
    const residence = pick(r.rows, { indicator: "lung-mdt", period: "2019", context: "residence", unit_id: "ta1" });
    expect(residence).toMatchObject({ numerator: 87, denominator: 105 });
  });
});
