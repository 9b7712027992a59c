import { describe, expect, it } from "vitest";
import {
  cumulativeIncidenceCell,
  meanCells,
  survivalCell,
  type LifeTableRow,
  type SurvivalRow
} from "../../../loaders/engine/unitStatistics.ts";
import { netSurvival } from "../../../loaders/stats/netSurvival.ts";
import { num, readCsv } from "../../support/readCsv.ts";
import { MaxError } from "../../support/survivalFixtures.ts";

// docs/methods.md#net-survival-grid — reference: R 4.2.2, relsurv 2.2-9 (netSurvivalHorizon.R in
// tests/fixtures/reference/methods/) on the rows of three health trusts of the scale-1 demo, colon cancer
// 2016–2018: rs.surv(..., method = "pohar-perme", add.times = horizon) at the 5-year horizon ("horizon"),
// and the curve, rs.surv(..., add.times = the curve times) read at those times ("curve-12").
const fixture = (name: string) => new URL(`../../fixtures/reference/methods/${name}`, import.meta.url);
const lifeTable: LifeTableRow[] = readCsv(fixture("netsurvival_lifetable.csv")).map((r) => ({
  year: num(r.year),
  sex: r.sex as LifeTableRow["sex"],
  age: num(r.age),
  qx: num(r.qx)
}));
const rowsByUnit = new Map<string, SurvivalRow[]>();
for (const r of readCsv(fixture("netsurvival_rows.csv"))) {
  const list = rowsByUnit.get(r.unit_id) ?? [];
  list.push({ time: num(r.time), event: r.event === "1", age: num(r.age_days), sex: r.sex as "male", date: r.date });
  rowsByUnit.set(r.unit_id, list);
}
const reference = readCsv(fixture("netsurvival_horizon.csv"));
const horizonDays = 5 * 365.241;
const curveTimes = (perYear: number) =>
  Array.from({ length: 5 * perYear + 1 }, (_, k) => Math.round((k * 365.241 * 1000) / perYear) / 1000);
const key = (unitId: string) => ({ period: "2016–2018", level: "trust" as const, unitId, parentId: "region" });
const options = { horizonDays, method: "pohar-perme" as const, level: 0.95 };

describe("survivalCell: the published value does not depend on the curve", () => {
  it("has three trusts of the demo to check", () => {
    expect([...rowsByUnit.keys()].sort()).toEqual(["finnmarkssykehuset", "helse-forde", "sykehuset-innlandet"]);
  });

  for (const unitId of ["finnmarkssykehuset", "helse-forde", "sykehuset-innlandet"]) {
    it(`${unitId}: the 5-year value is rs.surv(add.times = horizon), with or without a curve at any resolution`, () => {
      const rows = rowsByUnit.get(unitId)!;
      const expected = reference.find((r) => r.unit_id === unitId && r.grid === "horizon")!;
      const without = survivalCell(key(unitId), rows, lifeTable, options).cell;
      const maxError = new MaxError();
      maxError.add(without.value!, num(expected.surv), "surv");
      maxError.add(without.se!, num(expected.std_err), "se");
      maxError.add(without.lower!, num(expected.lower), "lower");
      maxError.add(without.upper!, num(expected.upper), "upper");
      expect(maxError.value, maxError.where).toBeLessThan(1e-12);
      expect(without.denominator).toBe(num(expected.n));
      for (const perYear of [1, 4, 12, 52]) {
        const { cell, curve } = survivalCell(key(unitId), rows, lifeTable, {
          ...options,
          curveTimes: curveTimes(perYear)
        });
        expect(cell).toEqual(without);
        expect(curve!.at(-1)).toMatchObject({ time: horizonDays, estimate: without.value, lower: without.lower });
      }
    });

    it(`${unitId}: the curve is rs.surv cut at the curve's own times, read at them`, () => {
      const { curve } = survivalCell(key(unitId), rowsByUnit.get(unitId)!, lifeTable, {
        ...options,
        curveTimes: curveTimes(12)
      });
      const expected = reference.filter((r) => r.unit_id === unitId && r.grid === "curve-12");
      expect(curve!.map((p) => p.time)).toEqual(expected.map((r) => num(r.time)));
      const maxError = new MaxError();
      // The horizon point is the published value (above); every earlier one is the curve fit's.
      curve!.slice(0, -1).forEach((point, i) => {
        maxError.add(point.estimate!, num(expected[i].surv), `t=${point.time} surv`);
        maxError.add(point.lower!, num(expected[i].lower), `t=${point.time} lower`);
      });
      expect(maxError.value, maxError.where).toBeLessThan(1e-12);
      // With cut points every month the 5-year value would move (issue 18: 6.4e-4 relative at most on the demo).
      const monthlyCuts = num(expected.at(-1)!.surv);
      const published = num(reference.find((r) => r.unit_id === unitId && r.grid === "horizon")!.surv);
      expect(monthlyCuts).not.toBe(published);
      expect(Math.abs(monthlyCuts / published - 1)).toBeLessThan(1e-3);
    });
  }

  it("hospitals (no curve) and trusts (a curve) get the same value from the same rows", () => {
    const rows = rowsByUnit.get("helse-forde")!;
    const hospital = survivalCell({ ...key("x"), level: "hospital" }, rows, lifeTable, options).cell;
    const trust = survivalCell(key("x"), rows, lifeTable, { ...options, curveTimes: curveTimes(12) }).cell;
    expect(trust.value).toBe(hospital.value);
    expect(trust.upper).toBe(hospital.upper);
  });
});

describe("survivalCell: follow-up ending on day 0 (docs/methods.md#net-survival)", () => {
  it("counts as half a day; follow-up past the horizon is censored there", () => {
    const rows = rowsByUnit.get("finnmarkssykehuset")!;
    const withZero = rows.map((r, i) => (i === 0 ? { ...r, time: 0, event: true } : r));
    const asHalf = withZero.map((r) => ({
      ...r,
      time: r.time === 0 ? 0.5 : Math.min(r.time, horizonDays),
      event: r.time > horizonDays ? false : r.event
    }));
    const [expected] = netSurvival(asHalf, lifeTable, {
      method: "pohar-perme",
      times: [horizonDays],
      conf: "log-log"
    });
    const { cell } = survivalCell(key("x"), withZero, lifeTable, options);
    expect(cell.value).toBe(expected.surv);
    expect(cell.lower).toBe(expected.lower);
    // Deaths by the horizon only: 2899 days of follow-up do not count as a death at 5 years.
    expect(cell.numerator).toBe(withZero.filter((r) => r.event && r.time <= horizonDays).length);
  });
});

describe("meanCells (docs/methods.md#mean-scores)", () => {
  /** The national cell of one period from its answers' count, sum and sum of squares. */
  const nationalMean = (sums: { n: number; sum: number; sumOfSquares: number }) =>
    meanCells(
      [{ period: "2020", level: "nation", unitId: "nation", parentId: null, group: null, time: null, ...sums }],
      { level: 0.95 }
    )[0];

  it("gives mean ± z·s/√n from the exact count, sum and sum of squares (hand-computed)", () => {
    // Scores 50, 60, 70, 80: mean 65, s² = (17400 − 260²/4)/3 = 166.67, se = √(166.67/4) = 6.455.
    const cell = nationalMean({ n: 4, sum: 260, sumOfSquares: 17400 });
    const se = Math.sqrt((17400 - 260 ** 2 / 4) / 3 / 4);
    expect(cell.value).toBe(65);
    expect(cell.se).toBeCloseTo(6.454972243679028, 12);
    expect(cell.se).toBeCloseTo(se, 14);
    expect(cell.lower).toBeCloseTo(65 - 1.959963984540054 * se, 12);
    expect(cell.upper).toBeCloseTo(65 + 1.959963984540054 * se, 12);
  });

  it("has no interval for a single answer", () => {
    const cell = nationalMean({ n: 1, sum: 40, sumOfSquares: 1600 });
    expect([cell.value, cell.lower, cell.upper, cell.se]).toEqual([40, null, null, null]);
  });
});

describe("cumulativeIncidenceCell (docs/methods.md#cumulative-incidence)", () => {
  const k = { period: "2016–2018", level: "trust" as const, unitId: "t", parentId: "r" };
  it("gives 0 with lower limit 0 and no upper limit when nobody has the event by the horizon", () => {
    const rows = [100, 2000, 2500, 3000].map((time, i) => ({ time, cause: i === 0 ? 2 : 0 }));
    const { cell } = cumulativeIncidenceCell(k, rows, { horizonDays, level: 0.95 });
    expect([cell.value, cell.lower, cell.upper, cell.numerator]).toEqual([0, 0, null, 0]);
  });

  it("hand-computed: Aalen–Johansen with a competing death", () => {
    // 4 at risk; a death (cause 2) at 100: S = 3/4; a recurrence at 200 among 3: CIF = 3/4 · 1/3 = 1/4.
    const rows = [
      { time: 100, cause: 2 },
      { time: 200, cause: 1 },
      { time: 3000, cause: 0 },
      { time: 3000, cause: 0 }
    ];
    const { cell } = cumulativeIncidenceCell(k, rows, { horizonDays, level: 0.95 });
    expect(cell.value).toBeCloseTo(0.25, 15);
    expect(cell.numerator).toBe(1);
  });
});
