/** A range target (20–40 %), both ways, at the boundaries. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExtractBuilder } from "../fixtures/engine/extractBuilder.ts";
import { computeFixture, pick, type FixtureResults } from "../fixtures/engine/computeFixture.ts";

// Rectal resections in 2020, 10 per hospital; preoperative radiotherapy for: ha1a 2 (0.2, the lower end),
// ha1b 4 (0.4, the upper end), ha2 1 (0.1, below), hb1a 5 (0.5, above), hb1b 3 (0.3, inside).
const b = new ExtractBuilder();
for (const [unit, rt] of [
  ["ha1a", 2],
  ["ha1b", 4],
  ["ha2", 1],
  ["hb1a", 5],
  ["hb1b", 3]
] as const) {
  b.many(10, `${unit}-`, { registry: "colorectal", icd10: "C20", diagnosisDate: "2020-01-15" }, (i) => ({
    radiotherapy: i < rt ? [{ unit, date: "2020-02-01", intent: "curative" as const, setting: "neoadjuvant" }] : [],
    surgery: [{ unit, date: "2020-04-01", procedure: i % 2 ? "anterior-resection" : "abdominoperineal-resection" }]
  }));
}

let r: FixtureResults;
beforeAll(async () => {
  r = await computeFixture(b, ["rectum-preoperative-radiotherapy"]);
});
afterAll(() => r.cleanup());
const row = (unit_id: string) =>
  pick(r.rows, { indicator: "rectum-preoperative-radiotherapy", period: "2020", context: "operating", unit_id });

describe("rectum-preoperative-radiotherapy range target", () => {
  it("is high inside [0.2, 0.4] including both ends, low outside on either side", () => {
    expect(row("ha1a")).toMatchObject({ value: 0.2, level: "high" });
    expect(row("ha1b")).toMatchObject({ value: 0.4, level: "high" });
    expect(row("hb1b")).toMatchObject({ value: 0.3, level: "high" });
    expect(row("ha2")).toMatchObject({ value: 0.1, level: "low" });
    expect(row("hb1a")).toMatchObject({ value: 0.5, level: "low" });
    // Nation: 15/50 = 0.3.
    expect(row("nation")).toMatchObject({ numerator: 15, denominator: 50, level: "high" });
  });
});
