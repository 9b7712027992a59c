/** Disclosure control on engine output: minimum denominator, small counts, complementary suppression. */
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

describe("lung-mdt disclosure control (hand-computed)", () => {
  it("suppresses a denominator under the minimum", () => {
    expect(row("ha1a")).toMatchObject({ denominator: 3, suppressed: true, suppression_reason: "min-denominator" });
  });

  it("suppresses the smallest sibling so the hidden hospital cannot be recovered from its trust", () => {
    // ta1 (23 = 3 + 20) is published; with only ha1a hidden, ha1a = ta1 − ha1b. ha1b is the only sibling.
    expect(row("ha1b")).toMatchObject({ suppressed: true, suppression_reason: "complementary" });
    expect(row("ta1")).toMatchObject({ denominator: 23, numerator: 21, suppressed: false });
  });

  it("flags small counts without suppressing", () => {
    // hb1a 6/12 and hb1b 30/40: no count in 1–4. ha2 30/30: 0 is not small.
    expect(row("hb1a")).toMatchObject({ suppressed: false, suppression_reason: null });
    expect(row("ha2")).toMatchObject({ suppressed: false, suppression_reason: null });
    // Region B: 36/52 — fine. Nation 87/105.
    expect(row("rb")).toMatchObject({ numerator: 36, denominator: 52, suppression_reason: null });
    expect(row("nation")).toMatchObject({ numerator: 87, denominator: 105, suppressed: false });
  });

  it("flags 1–4 non-events as a small count", () => {
    // In the residence context everyone lives in 0101 (ta1): 105 treated, 87 MDT: 18 without — not small.
    const residence = pick(r.rows, { indicator: "lung-mdt", period: "2019", context: "residence", unit_id: "ta1" });
    expect(residence.suppression_reason).toBeNull();
  });
});
