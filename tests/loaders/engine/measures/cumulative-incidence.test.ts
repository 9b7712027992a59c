/** Cumulative incidence by hand: Aalen–Johansen with death as the competing event, cut at the horizon. */
import { describe, expect, it } from "vitest";
import { cumulativeIncidence } from "../../../../loaders/engine/measures/cumulative-incidence.ts";
import { baseDefinition, filledColumns, runMeasure, type CohortRow } from "../../../fixtures/engine/measureFixture.ts";

// cause: 1 recurrence, 2 death without recurrence, 0 censored.
const rows: CohortRow[] = [
  // H1a: recurrence at 100 days, death at 200, censored at 300, recurrence at 400 (after the 1-year horizon).
  { hospital: "H1a", days: 100, cause: 1 },
  { hospital: "H1a", days: 200, cause: 2 },
  { hospital: "H1a", days: 300, cause: 0 },
  { hospital: "H1a", days: 400, cause: 1 },
  // H1b: no recurrence, followed past the horizon.
  { hospital: "H1b", days: 400, cause: 0 },
  { hospital: "H1b", days: 500, cause: 2 },
  // H2: followed 50 and 80 days only.
  { hospital: "H2", days: 50, cause: 0 },
  { hospital: "H2", days: 80, cause: 0 }
];
const definition = {
  ...baseDefinition,
  type: "cumulative-incidence" as const,
  time: "days",
  cause: "cause::INTEGER",
  horizonYears: 1
};

describe("cumulative-incidence", () => {
  it("gives the 1-year cumulative incidence, counting events by the horizon", async () => {
    const r = await runMeasure(definition, rows);
    // H1a: at 100 days 1 of 4 → 1/4; the death at 200 changes survival, not the incidence; 400 is censored.
    const h1a = r.cell("H1a");
    expect(h1a).toMatchObject({ numerator: 1, denominator: 4 });
    expect(h1a.value).toBeCloseTo(0.25, 12);
    expect(h1a.lower!).toBeLessThan(0.25);
    expect(h1a.upper!).toBeGreaterThan(0.25);
    // Nation: 1 of 8 at risk at 50 days … the recurrence at 100 days among 6 at risk → 1/6.
    expect(r.cell("nation").value).toBeCloseTo(1 / 6, 12);
    // No event by the horizon: 0, with 0 as its lower limit.
    expect(r.cell("H1b")).toMatchObject({ numerator: 0, value: 0, lower: 0 });
    // Nobody followed for a year: no value.
    expect(r.cell("H2")).toMatchObject({ numerator: 0, denominator: 2, value: null });
    expect(filledColumns(r.cells)).toEqual(cumulativeIncidence.columns);
  });

  it("draws the incidence curve on an axis fitted to its values", async () => {
    const r = await runMeasure(definition, rows, { curvePointsPerYear: 4 });
    const t1 = r.curves.find((c) => c.unitId === "T1")!;
    // T1 = H1a and H1b: follow-up ends at 100, 200, 300 days and (cut) at the horizon for the other three.
    expect(t1.points.map((p) => p.time)).toEqual([0, 91.31, 182.621, 273.931, 365.241]);
    expect(t1.points.map((p) => p.nRisk)).toEqual([6, 6, 5, 4, 3]);
    expect(t1.points[0].estimate).toBe(0);
    expect(t1.points[1].estimate).toBe(0);
    expect(t1.points[2].estimate).toBeCloseTo(1 / 6, 12);
    expect(cumulativeIncidence.curveAxis).toBe("fitted");
    expect(cumulativeIncidence.curvePage).toBe("recurrence");
  });
});
