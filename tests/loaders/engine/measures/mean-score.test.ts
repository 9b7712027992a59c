/** Mean scores by hand: means with a normal interval, by group, and the series over time since treatment. */
import { describe, expect, it } from "vitest";
import { defineIndicator } from "../../../../loaders/engine/defineIndicator.ts";
import { versionSql } from "../../../../loaders/engine/measures/index.ts";
import { meanScore } from "../../../../loaders/engine/measures/mean-score.ts";
import { baseDefinition, filledColumns, runMeasure, type CohortRow } from "../../../fixtures/engine/measureFixture.ts";

const answers = (hospital: CohortRow["hospital"], treatment: string, months: number, scores: number[]): CohortRow[] =>
  scores.map((score) => ({ hospital, treatment, months, score }));
// The indicator: the score 12 months after treatment; the series: every time point.
const rows: CohortRow[] = [
  ...answers("H1a", "surgery", 12, [60, 70, 80]),
  ...answers("H1a", "surgery", 3, [40, 50]),
  ...answers("H1b", "surgery", 12, [50, 90]),
  ...answers("H2", "radiotherapy", 12, [40]),
  ...answers("H2", "radiotherapy", 3, [30, 50]),
  // Not one of the indicator's groups: left out.
  ...answers("H1a", "watchful waiting", 12, [100])
];
const definition = {
  ...baseDefinition,
  type: "mean-score" as const,
  population: "months = 12",
  value: "score",
  format: ".0f",
  group: {
    expression: "treatment",
    values: [
      { id: "surgery", label: { nb: "Kirurgi", en: "Surgery" } },
      { id: "radiotherapy", label: { nb: "Strålebehandling", en: "Radiotherapy" } }
    ]
  },
  series: { population: "TRUE", time: "months * 30" }
};
const z = 1.959963984540054;

describe("mean-score", () => {
  it("gives each group's mean with mean ± z·s/√n", async () => {
    const r = await runMeasure(definition, rows);
    // H1a surgery: 60, 70, 80 → mean 70, s = 10, se = 10/√3.
    const h1a = r.cell("H1a", { group: "surgery" });
    expect(h1a).toMatchObject({ value: 70, denominator: 3, numerator: null });
    expect(h1a.se).toBeCloseTo(10 / Math.sqrt(3), 12);
    expect(h1a.lower).toBeCloseTo(70 - (z * 10) / Math.sqrt(3), 10);
    expect(h1a.upper).toBeCloseTo(81.315857340762, 10);
    // T1 surgery: 60, 70, 80, 50, 90 → mean 70, s = √250, se = √50.
    expect(r.cell("T1", { group: "surgery" }).se).toBeCloseTo(Math.sqrt(50), 12);
    expect(r.cell("nation", { group: "surgery" })).toMatchObject({ value: 70, denominator: 5 });
    // One answer: a mean but no interval.
    expect(r.cell("H2", { group: "radiotherapy" })).toMatchObject({ value: 40, se: null, lower: null, upper: null });
    // The watchful-waiting answer is in no group and no cell.
    expect(
      r.cells
        .filter((c) => c.unitId === "nation")
        .map((c) => c.denominator)
        .sort()
    ).toEqual([1, 5]);
    expect(filledColumns(r.cells)).toEqual(meanScore.columns);
  });

  it("draws the series by time for the nation, regions and trusts, suppressed by its smallest count", async () => {
    const r = await runMeasure(definition, rows);
    const curve = (unitId: string, group: string) => r.curves.find((c) => c.unitId === unitId && c.group === group)!;
    expect(r.curves.some((c) => c.level === "hospital")).toBe(false);
    expect(r.curves.map((c) => `${c.unitId}|${c.group}`).sort()).toEqual(
      ["R1|surgery", "R2|radiotherapy", "T1|surgery", "T2|radiotherapy", "nation|radiotherapy", "nation|surgery"].sort()
    );
    // T1 surgery: 3 months (90 days) 40, 50 → 45; 12 months (360 days) → 70.
    const t1 = curve("T1", "surgery");
    expect(t1.points.map((p) => [p.time, p.estimate, p.nRisk])).toEqual([
      [90, 45, 2],
      [360, 70, 5]
    ]);
    expect(t1.points[0].lower).toBeCloseTo(45 - z * 5, 10);
    expect(r.curveDenominators.get("2020|T1|surgery")).toBe(2);
    expect(r.curveDenominators.get("2020|T2|radiotherapy")).toBe(1);
  });

  it("keeps the rows of its groups with a score", () => {
    const sql = versionSql(defineIndicator(definition), definition.versions[0]);
    expect(sql.where).toBe(
      "registry = 'lung' AND (months = 12) AND (score) IS NOT NULL AND (treatment) IN ('surgery', 'radiotherapy')"
    );
    expect(sql.group).toBe("treatment");
    expect(meanScore.additivity).toBe("sum");
  });
});
