import { DuckDBInstance } from "@duckdb/node-api";
import { describe, expect, it } from "vitest";
import { liveQuery } from "../../src/components/explorerQuery.ts";

const sql = {
  view: "cohort",
  periodColumn: "diagnosis_year",
  where: "registry = 'lung' AND (TRUE)",
  event: "curative",
  value: "days"
};

async function run(query: string) {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  await connection.run(`CREATE TABLE cohort AS SELECT * FROM (VALUES
    ('lung', 2022, 'T1', 'R1', 'male', '60-69', 'II', true, 10),
    ('lung', 2022, 'T1', 'R1', 'female', '70-79', 'IV', false, 20),
    ('lung', 2022, 'T2', 'R1', 'male', '60-69', 'I', true, 30),
    ('lung', 2023, 'T2', 'R1', 'male', '60-69', 'I', false, 40),
    ('lung', 2022, NULL, NULL, 'male', '60-69', 'I', true, 50),
    ('breast', 2022, 'T1', 'R1', 'female', '50-59', 'I', true, 60)
  ) AS t(registry, diagnosis_year, trust, region, sex, age_group, stage, curative, days)`);
  const rows = (await connection.runAndReadAll(query)).getRowObjectsJS();
  connection.closeSync();
  return rows;
}

describe("liveQuery", () => {
  it("counts per unit over the indicator's own population, leaving out rows with no unit", async () => {
    // T1: 2 lung 2022 (1 curative); T2: 1 (curative); the row without a trust is not attributed.
    expect(await run(liveQuery(sql, "counts", "trust", "trust", { from: 2022, to: 2022 }))).toEqual([
      { unit_id: "T1", numerator: 1, denominator: 2, value: 0.5 },
      { unit_id: "T2", numerator: 1, denominator: 1, value: 1 }
    ]);
  });
  it("adds the reader's filters", async () => {
    expect(
      await run(
        liveQuery(sql, "counts", "trust", "trust", { from: 2022, to: 2023, sex: ["male"], stages: ["I", "II"] })
      )
    ).toEqual([
      { unit_id: "T1", numerator: 1, denominator: 1, value: 1 },
      { unit_id: "T2", numerator: 1, denominator: 2, value: 0.5 }
    ]);
    expect(
      await run(
        liveQuery(sql, "counts", null, "trust", {
          from: 2022,
          to: 2022,
          within: { column: "region", id: "R1" },
          ageGroups: ["70-79"]
        })
      )
    ).toEqual([{ unit_id: "nation", numerator: 0, denominator: 1, value: 0 }]);
  });
  it("computes medians and means", async () => {
    expect(await run(liveQuery(sql, "median", null, "trust", { from: 2022, to: 2023 }))).toEqual([
      { unit_id: "nation", denominator: 4, value: 25 }
    ]);
    expect(await run(liveQuery(sql, "mean", "region", "trust", { from: 2022, to: 2022 }))).toEqual([
      { unit_id: "R1", denominator: 3, value: 20 }
    ]);
  });
  it("quotes filter values", () => {
    expect(liveQuery(sql, "counts", null, "trust", { from: 2022, to: 2022, sex: ["o'brien"] })).toContain(
      "sex IN ('o''brien')"
    );
  });
});
