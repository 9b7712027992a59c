import { describe, expect, it } from "vitest";
import { survivalCell, type LifeTableRow, type SurvivalRow } from "../../../loaders/engine/unitStatistics.ts";
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
