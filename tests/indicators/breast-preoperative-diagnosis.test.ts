/** The version in force switches in 2020: the same value is "moderate" under version 1 and "low" under version 2. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExtractBuilder } from "../fixtures/engine/extractBuilder.ts";
import { computeFixture, pick, type FixtureResults } from "../fixtures/engine/computeFixture.ts";

// 10 breast operations at ha1a in each of 2019 and 2020; 8 of each year had a biopsy before surgery: 0.8.
const b = new ExtractBuilder();
for (const year of [2019, 2020]) {
  b.many(10, `b${year}-`, { registry: "breast", diagnosisDate: `${year}-02-01`, sizeMm: 20 }, (i) => ({
    surgery: [{ unit: "ha1a", date: `${year}-03-01`, procedure: "breast-conserving" }],
    workup: { biopsy: i < 8 }
  }));
}

let r: FixtureResults;
beforeAll(async () => {
  r = await computeFixture(b, ["breast-preoperative-diagnosis"]);
});
afterAll(() => r.cleanup());
const row = (period: string) => pick(r.rows, { indicator: "breast-preoperative-diagnosis", period, unit_id: "ha1a" });

describe("breast-preoperative-diagnosis: version switch", () => {
  it("uses version 1 (moderate ≥ 80 %) up to 2019 and version 2 (moderate ≥ 85 %) from 2020", () => {
    expect(row("2019")).toMatchObject({ version: "1", value: 0.8, level: "moderate" });
    expect(row("2020")).toMatchObject({ version: "2", value: 0.8, level: "low" });
  });

  it("exposes both versions, their targets and their SQL in indicators.json", async () => {
    const { readFile } = await import("node:fs/promises");
    const meta = JSON.parse(await readFile(`${r.outDir}/indicators.json`, "utf8"))["breast-preoperative-diagnosis"];
    expect(
      meta.versions.map((v: { version: string; validFrom: number; validTo: number | null }) => [
        v.version,
        v.validFrom,
        v.validTo
      ])
    ).toEqual([
      ["1", 2014, 2019],
      ["2", 2020, null]
    ]);
    expect(meta.versions[1].target).toEqual({ direction: "higher", high: 0.9, moderate: 0.85 });
    expect(meta.sql.where).toBe(
      "registry = 'breast' AND (first_surgery_procedure IN ('breast-conserving', 'mastectomy'))"
    );
  });
});
