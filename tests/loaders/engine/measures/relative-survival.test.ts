/**
 * Relative survival by hand: with qx = 0 in the life table, net survival is the Kaplan–Meier estimate, and
 * Pohar Perme's variance of log S is Σ d/n² (docs: loaders/stats/netSurvival.ts).
 */
import { describe, expect, it } from "vitest";
import { relativeSurvival } from "../../../../loaders/engine/measures/relative-survival.ts";
import { baseDefinition, filledColumns, runMeasure, type CohortRow } from "../../../fixtures/engine/measureFixture.ts";

// H1a: deaths at 100 and 200 days, alive at 400 and 500 days. H2: followed 50 and 100 days only.
const rows: CohortRow[] = [
  { hospital: "H1a", followup_days: 100, dead: true },
  { hospital: "H1a", followup_days: 200, dead: true },
  { hospital: "H1a", followup_days: 400, dead: false },
  { hospital: "H1a", followup_days: 500, dead: false },
  { hospital: "H2", followup_days: 50, dead: false },
  { hospital: "H2", followup_days: 100, dead: false }
];
const definition = { ...baseDefinition, type: "relative-survival" as const, horizonYears: 1 };
const z = 1.959963984540054;
/** The log-log interval [lower, upper] of S from the standard error of log S. */
const logLog = (s: number, seLog: number) =>
  [-z, z].map((q) => Math.exp(-Math.exp(Math.log(-Math.log(s)) + (q * seLog) / Math.log(s))));

describe("relative-survival", () => {
  it("gives 1-year net survival with the log-log interval", async () => {
    const r = await runMeasure(definition, rows);
    // H1a: (1 − 1/4)(1 − 1/3) = 0.5; var(log S) = 1/16 + 1/9.
    const h1a = r.cell("H1a");
    expect(h1a).toMatchObject({ numerator: 2, denominator: 4 });
    expect(h1a.value).toBeCloseTo(0.5, 12);
    expect(h1a.se).toBeCloseTo(0.5 * Math.sqrt(1 / 16 + 1 / 9), 12);
    const [lower, upper] = logLog(0.5, Math.sqrt(1 / 16 + 1 / 9));
    expect(h1a.lower).toBeCloseTo(lower, 10);
    expect(h1a.upper).toBeCloseTo(upper, 10);
    expect(h1a.lower).toBeCloseTo(0.105224725, 8);
    // The nation: one death among 5 at risk at 100 days (a censoring at 100 is still at risk), one of 3 at 200.
    expect(r.cell("nation").value).toBeCloseTo((4 / 5) * (2 / 3), 12);
    // H2 is followed for no year: counted, but no value.
    expect(r.cell("H2")).toMatchObject({ numerator: 0, denominator: 2, value: null, lower: null, se: null });
    expect(filledColumns(r.cells)).toEqual(relativeSurvival.columns);
  });

  it("draws curves for estimable units above hospitals, with the number at risk", async () => {
    const r = await runMeasure(definition, rows, { curvePointsPerYear: 4 });
    expect(r.curves.map((c) => c.unitId).sort()).toEqual(["R1", "T1", "nation"]);
    const t1 = r.curves.find((c) => c.unitId === "T1")!;
    // A quarter-year apart, to the horizon of 365.241 days.
    expect(t1.points.map((p) => p.time)).toEqual([0, 91.31, 182.621, 273.931, 365.241]);
    // At risk: followed at least that long (the 400- and 500-day follow-ups end at the horizon).
    expect(t1.points.map((p) => p.nRisk)).toEqual([4, 4, 3, 2, 2]);
    expect(t1.points[2].estimate).toBeCloseTo(0.75, 12);
    expect(t1.points[4].estimate).toBeCloseTo(0.5, 12);
    expect(r.curveDenominators.get("2020|T1|")).toBe(4);
  });

  it("uses the definition's method: Ederer II gives Kaplan–Meier too when qx = 0", async () => {
    const r = await runMeasure({ ...definition, method: "ederer2" as const }, rows);
    expect(r.cell("H1a").value).toBeCloseTo(0.5, 12);
    expect(relativeSurvival.estimator({ method: "ederer2", caseMix: null })).toEqual({
      nb: "Ederer II-metoden",
      en: "Ederer II method"
    });
    expect(relativeSurvival.estimator({ method: "pohar-perme", caseMix: null })).toEqual({
      nb: "Pohar Perme-estimatoren",
      en: "Pohar Perme estimator"
    });
    expect(relativeSurvival.needsLifeTable).toBe(true);
  });
});
