/** Median times by hand: the sample median and the distribution-free order-statistic interval. */
import { describe, expect, it } from "vitest";
import { defineIndicator } from "../../../../loaders/engine/defineIndicator.ts";
import { versionSql } from "../../../../loaders/engine/measures/index.ts";
import { medianTime } from "../../../../loaders/engine/measures/median-time.ts";
import { baseDefinition, filledColumns, runMeasure, type CohortRow } from "../../../fixtures/engine/measureFixture.ts";

// H1a: 10, 20, 30, 40, 100 days; H1b: 7, 14, …, 70 days; H2: one tumour without a time (left out).
const rows: CohortRow[] = [
  ...[10, 20, 30, 40, 100].map((days) => ({ hospital: "H1a" as const, days })),
  ...Array.from({ length: 10 }, (_, i) => ({ hospital: "H1b" as const, days: 7 * (i + 1) })),
  { hospital: "H2", days: null }
];

const definition = { ...baseDefinition, type: "median-time" as const, value: "days", format: ".0f" };

describe("median-time", () => {
  it("gives the median and its order-statistic interval", async () => {
    const r = await runMeasure(definition, rows);
    // n = 5 is too small for a 95 % distribution-free interval (1 − 2^(1−5) < 0.95): no limits.
    expect(r.cell("H1a")).toMatchObject({ value: 30, denominator: 5, numerator: null, lower: null, upper: null });
    // n = 10: median (35 + 42)/2 = 38.5, interval [x(2), x(9)] = [14, 63].
    expect(r.cell("H1b")).toMatchObject({ value: 38.5, lower: 14, upper: 63, denominator: 10 });
    // T1: 7, 10, 14, 20, 21, 28, 30, 35, 40, 42, 49, 56, 63, 70, 100 → 35.
    expect(r.cell("T1")).toMatchObject({ value: 35, denominator: 15 });
    // A tumour without a time counts nowhere: H2 has no cell, and the nation has 15.
    expect(r.cells.some((c) => c.unitId === "H2")).toBe(false);
    expect(r.cell("nation").denominator).toBe(15);
    expect(filledColumns(r.cells)).toEqual(medianTime.columns);
  });

  it("asks the population for a value, and has no funnel", () => {
    const sql = versionSql(defineIndicator(definition), baseDefinition.versions[0]);
    expect(sql.where).toBe("registry = 'lung' AND (TRUE) AND (days) IS NOT NULL");
    expect(medianTime.exampleSelect(sql)).toBe("count(*)::INTEGER AS n, median(days) AS median, avg(days) AS mean");
    expect(medianTime.funnel).toBe("none");
  });
});
