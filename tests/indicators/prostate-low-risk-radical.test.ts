/** Lower is better (≤ 20 %), by residence, with a trend like the UNN story in the seed article. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExtractBuilder } from "../fixtures/engine/extractBuilder.ts";
import { computeFixture, pick, type FixtureResults } from "../fixtures/engine/computeFixture.ts";

// Low-risk prostate cancer, residence tb1 (0201): 2017 10 men, 3 radically treated (0.3);
// 2020 10 men, 2 treated (0.2, exactly the target); 2021 10 men, 1 treated (0.1). Radical = prostatectomy
// or curative radiotherapy; the others are under active surveillance.
const b = new ExtractBuilder();
for (const [year, radical] of [
  [2017, 3],
  [2020, 2],
  [2021, 1]
] as const) {
  b.many(10, `p${year}-`, { registry: "prostate", diagnosisDate: `${year}-03-01`, municipality: "0201" }, (i) => ({
    workup: { riskGroup: "low", decision: i < radical ? "curative" : "active-surveillance" },
    ...(i === 0 && radical > 0
      ? { radiotherapy: [{ unit: "hb1a", date: `${year}-05-01`, intent: "curative" as const, setting: "definitive" }] }
      : i < radical
        ? { surgery: [{ unit: "hb1a", date: `${year}-05-01`, procedure: "radical-prostatectomy" }] }
        : {})
  }));
}

let r: FixtureResults;
beforeAll(async () => {
  r = await computeFixture(b, ["prostate-low-risk-radical"]);
});
afterAll(() => r.cleanup());
const row = (period: string) =>
  pick(r.rows, { indicator: "prostate-low-risk-radical", period, context: "residence", unit_id: "tb1" });

describe("prostate-low-risk-radical: lower is better", () => {
  it("counts surgery and curative radiotherapy as radical treatment", () => {
    expect(row("2017")).toMatchObject({ numerator: 3, denominator: 10 });
  });
  it("is low above 20 %, high at exactly 20 % and below", () => {
    expect(row("2017").level).toBe("low");
    expect(row("2020")).toMatchObject({ value: 0.2, level: "high" });
    expect(row("2021")).toMatchObject({ value: 0.1, level: "high" });
    expect(row("2021").change).toBeCloseTo(-0.1, 12);
  });
});
