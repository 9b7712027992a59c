/** Proportions by hand: counts at every level, the Wilson interval, and case mix with one binary covariate. */
import { describe, expect, it } from "vitest";
import { defineIndicator } from "../../../../loaders/engine/defineIndicator.ts";
import { versionSql } from "../../../../loaders/engine/measures/index.ts";
import { covariateList, proportion } from "../../../../loaders/engine/measures/proportion.ts";
import {
  baseDefinition,
  filledColumns,
  runMeasure,
  wilson,
  type CohortRow
} from "../../../fixtures/engine/measureFixture.ts";

// 2020: H1a 3 of 4 treated, H1b 1 of 2, H2 0 of 5. Women: 1 of 4 treated (0.25); men: 3 of 7.
const row = (hospital: CohortRow["hospital"], female: boolean, treated: boolean, year = 2020): CohortRow => ({
  hospital,
  year,
  female: female ? 1 : 0,
  treated
});
const rows: CohortRow[] = [
  row("H1a", true, true),
  row("H1a", false, true),
  row("H1a", false, true),
  row("H1a", false, false),
  row("H1b", true, false),
  row("H1b", false, true),
  row("H2", true, false),
  row("H2", true, false),
  row("H2", false, false),
  row("H2", false, false),
  row("H2", false, false),
  // 2021: nobody treated, so no case-mix model can be fitted.
  row("H1a", true, false, 2021),
  row("H2", false, false, 2021)
];
const definition = {
  ...baseDefinition,
  type: "proportion" as const,
  event: "treated",
  caseMix: { covariates: { female: "female" } }
};

describe("proportion", () => {
  it("counts the numerator and denominator at every level, with the Wilson interval", async () => {
    const r = await runMeasure(definition, rows, { years: [2020, 2021] });
    const counts = (unitId: string) => {
      const c = r.cell(unitId);
      return [c.level, c.parentId, c.numerator, c.denominator];
    };
    expect(counts("H1a")).toEqual(["hospital", "T1", 3, 4]);
    expect(counts("H1b")).toEqual(["hospital", "T1", 1, 2]);
    expect(counts("T1")).toEqual(["trust", "R1", 4, 6]);
    expect(counts("R2")).toEqual(["region", "nation", 0, 5]);
    expect(counts("nation")).toEqual(["nation", null, 4, 11]);
    const h1a = r.cell("H1a");
    expect(h1a.value).toBe(0.75);
    // Wilson 3/4: [0.30064, 0.95441].
    expect(h1a.lower).toBeCloseTo(wilson(3, 4)[0], 12);
    expect(h1a.upper).toBeCloseTo(wilson(3, 4)[1], 12);
    expect(h1a.lower).toBeCloseTo(0.300641842582, 10);
    expect(r.cell("H2").value).toBe(0);
    expect(r.cell("H2").upper).toBeCloseTo(0.434482464783, 10);
    expect(filledColumns(r.cells)).toEqual(proportion.columns);
  });

  it("adjusts for case mix: E from the national rates of women (1/4) and men (3/7)", async () => {
    const r = await runMeasure(definition, rows, { years: [2020, 2021] });
    // H1a: one woman and three men, E = 0.25 + 3 · 3/7 = 1.535714; O = 3.
    const h1a = r.cell("H1a").caseMix!;
    expect(h1a.observed).toBe(3);
    expect(h1a.expected).toBeCloseTo(0.25 + 9 / 7, 9);
    expect(h1a.ratio).toBeCloseTo(3 / (0.25 + 9 / 7), 8);
    // Risk-adjusted rate: O/E × the national rate 4/11.
    expect(h1a.adjustedValue).toBeCloseTo((3 / (0.25 + 9 / 7)) * (4 / 11), 8);
    expect(h1a.z).toBeCloseTo((3 - (0.25 + 9 / 7)) / Math.sqrt(0.25 + 9 / 7), 8);
    // H2: two women, three men, nobody treated.
    expect(r.cell("H2").caseMix).toMatchObject({ observed: 0, ratio: 0 });
    expect(r.cell("H2").caseMix!.expected).toBeCloseTo(0.5 + 9 / 7, 9);
    // The nation is its own reference: E = O, and it gets no flag.
    const nation = r.cell("nation").caseMix!;
    expect(nation.expected).toBeCloseTo(4, 9);
    expect(nation.flag).toBeNull();
    // 2021: no events, no model; the warning names the indicator, period and context.
    expect(r.cell("H1a", { period: "2021" }).caseMix).toBeNull();
    expect(r.warnings).toEqual(["lung-example 2021: no case-mix model (no events) [treating]"]);
  });

  it("takes a version's own event, and lists the covariates as the pages say them", () => {
    const version = { version: 2, validFrom: 2021, validTo: null, target: null, event: "treated AND female = 1" };
    const sql = versionSql(defineIndicator(definition), version);
    expect(sql.event).toBe("treated AND female = 1");
    expect(sql.where).toBe("registry = 'lung' AND (TRUE)");
    expect(sql.covariates).toEqual({ female: "female" });
    expect(proportion.exampleSelect(sql)).toBe(
      "count(*) FILTER (WHERE treated AND female = 1)::INTEGER AS numerator, count(*)::INTEGER AS denominator"
    );
    const surgical = ["age", "female", "stage", "stage_unknown", "asa", "asa_unknown"];
    expect(covariateList(surgical)).toEqual({
      nb: "alder, kjønn, stadium og ASA-klasse",
      en: "age, sex, stage and ASA class"
    });
    expect(covariateList(["age", "charlson_index"])).toEqual({
      nb: "alder og charlson index",
      en: "age and charlson index"
    });
    expect(covariateList(["age"])).toEqual({ nb: "alder", en: "age" });
    // An "_unknown" term without its covariate is a covariate of its own.
    expect(covariateList(["ecog_unknown"]).en).toBe("ecog unknown");
    expect(proportion.caseMixCovariates({ method: null, caseMix: { covariates: { age: "age" } } })).toEqual({
      nb: "alder",
      en: "age"
    });
    expect(proportion.caseMixCovariates({ method: null, caseMix: null })).toBeNull();
  });
});
