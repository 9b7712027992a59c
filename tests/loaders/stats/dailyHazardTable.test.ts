import { describe, expect, it } from "vitest";
import { dailyHazardTable } from "../../../loaders/stats/dailyHazardTable.ts";
import { readCsv } from "../../support/readCsv.ts";
import { slopopLifeTable } from "../../support/survivalFixtures.ts";

describe("dailyHazardTable", () => {
  it("recovers slopop's daily hazards, age cut points and calendar cut points", () => {
    const table = dailyHazardTable("f", slopopLifeTable());
    const slopop = readCsv(new URL("../../fixtures/reference/relsurv_slopop.csv", import.meta.url));
    const years = [...new Set(slopop.map((r) => Number(r.year_label)))];
    expect(table.yearCuts.length).toBe(45);
    expect(table.ageCuts.length).toBe(104);
    // slopop's calendar cut points are Jan 1 of each column's year, in days since 1960-01-01.
    years.forEach((y, i) => expect(table.yearCuts[i]).toBe((Date.UTC(y, 0, 1) - Date.UTC(1960, 0, 1)) / 86_400_000));
    table.ageCuts.forEach((cut, k) => expect(cut).toBe(Number(slopop[k].age_cut_days)));
    let maxError = 0;
    for (const row of slopop) {
      const s = row.sex === "male" ? 0 : 1;
      const cell = (s * 45 + years.indexOf(Number(row.year_label))) * 104 + Number(row.age_years);
      const expected = Number(row.daily_hazard);
      maxError = Math.max(
        maxError,
        expected === 0 ? Math.abs(table.hazard[cell]) : Math.abs(table.hazard[cell] / expected - 1)
      );
    }
    expect(maxError).toBeLessThan(1e-13);
    expect(table.hasSex).toEqual([true, true]);
  });

  it("λ = −ln(1 − qx)/365.241, qx = 0 allowed, listed ages and years need not be consecutive", () => {
    const rows = [1990, 2000].flatMap((year) =>
      [0, 5, 30].map((age) => ({ year, sex: "female" as const, age, qx: age === 5 ? 0 : 0.01 * (year - 1985) }))
    );
    const table = dailyHazardTable("f", rows);
    expect(table.hasSex).toEqual([false, true]);
    expect([...table.ageCuts]).toEqual([0, 5 * 365.241, 30 * 365.241]);
    expect(table.hazard[(1 * 2 + 1) * 3 + 2]).toBe(-Math.log1p(-0.15) / 365.241);
    expect(table.hazard[(1 * 2 + 0) * 3 + 1]).toBe(0);
  });

  it("throws on incomplete or malformed tables, naming the caller", () => {
    const ok = [0, 1].map((age) => ({ year: 2000, sex: "male" as const, age, qx: 0.01 }));
    const withRow = (row: object) => [{ ...ok[0], ...row }, ok[1]];
    expect(() => dailyHazardTable("caller", [])).toThrow(new RangeError("caller: lifeTable is empty"));
    expect(() => dailyHazardTable("caller", {} as never)).toThrow(TypeError);
    expect(() => dailyHazardTable("caller", [null] as never)).toThrow(TypeError);
    expect(() => dailyHazardTable("caller", withRow({ qx: 1 }))).toThrow(
      /^caller: lifeTable\[0\]\.qx must be in \[0, 1\)/
    );
    expect(() => dailyHazardTable("caller", withRow({ qx: NaN }))).toThrow(RangeError);
    expect(() => dailyHazardTable("caller", withRow({ qx: "0.1" }))).toThrow(TypeError);
    expect(() => dailyHazardTable("caller", withRow({ age: -1 }))).toThrow(RangeError);
    expect(() => dailyHazardTable("caller", withRow({ age: 1.5 }))).toThrow(RangeError);
    expect(() => dailyHazardTable("caller", withRow({ year: 99 }))).toThrow(RangeError);
    expect(() => dailyHazardTable("caller", withRow({ year: 2000.5 }))).toThrow(RangeError);
    expect(() => dailyHazardTable("caller", withRow({ sex: "both" }))).toThrow(RangeError);
    expect(() => dailyHazardTable("caller", [...ok, ok[1]])).toThrow(
      /^caller: lifeTable has two rows for year 2000, sex male, age 1/
    );
    expect(() => dailyHazardTable("caller", [...ok, { year: 2001, sex: "male", age: 0, qx: 0.01 }])).toThrow(
      /^caller: lifeTable has no row for year 2001, sex male, age 1/
    );
    expect(() => dailyHazardTable("caller", [...ok, { year: 2000, sex: "female", age: 0, qx: 0.01 }])).toThrow(
      /^caller: lifeTable has no row for year 2000, sex female, age 1/
    );
  });
});
