/**
 * Attribution by residence versus by diagnosing hospital, a catchment change by date, roll-up, coverage
 * and preliminary flags — every expected value computed by hand from the crafted extract below.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExtractBuilder } from "../fixtures/engine/extractBuilder.ts";
import { computeFixture, pick, type FixtureResults } from "../fixtures/engine/computeFixture.ts";

// Lung tumours. "cur" = curative (a lobectomy); the others get no treatment.
const operated = (unit: string, date: string) => ({ surgery: [{ unit, date, procedure: "lobectomy" }] });
const b = new ExtractBuilder();
// 2020, municipality 0101 (trust TA1), diagnosed at HA2 (trust TA2): 6 tumours, 3 curative, 2 without clinical report.
b.many(
  6,
  "A20-",
  { registry: "lung", diagnosisDate: "2020-03-01", municipality: "0101", diagnosingUnit: "HA2" },
  (i) => ({
    ...(i < 3 ? operated("HA1a", "2020-04-01") : {}),
    clinicalReport: i < 4
  })
);
// 2020, municipality 0102 (trust TA2 until 2020-12-31), diagnosed at HA1a: 5 tumours, 1 curative, 2 without report.
b.many(
  5,
  "B20-",
  { registry: "lung", diagnosisDate: "2020-06-01", municipality: "0102", diagnosingUnit: "HA1a" },
  (i) => ({
    ...(i < 1 ? operated("HA1a", "2020-07-01") : {}),
    clinicalReport: i < 3
  })
);
// 2020, municipality 0201 (TB1), diagnosed at HB1a: 8 tumours, 4 curative, 4 without report.
b.many(
  8,
  "C20-",
  { registry: "lung", diagnosisDate: "2020-09-01", municipality: "0201", diagnosingUnit: "HB1a" },
  (i) => ({
    ...(i < 4 ? operated("HB1a", "2020-10-01") : {}),
    clinicalReport: i % 2 === 0
  })
);
// 2021, municipality 0102 now belongs to TA1: 5 tumours, 2 curative.
b.many(
  5,
  "B21-",
  { registry: "lung", diagnosisDate: "2021-02-01", municipality: "0102", diagnosingUnit: "HA1a" },
  (i) => (i < 2 ? operated("HA1a", "2021-03-01") : {})
);
// 2021, municipality 0201: 5 tumours, none curative, diagnosed at HB1b.
b.many(5, "C21-", { registry: "lung", diagnosisDate: "2021-05-01", municipality: "0201", diagnosingUnit: "HB1b" });
// 2023 (after the affirm date 2022-12-31): 5 tumours in 0101, all curative.
b.many(5, "A23-", {
  registry: "lung",
  diagnosisDate: "2023-01-10",
  municipality: "0101",
  diagnosingUnit: "HA1a",
  ...operated("HA1a", "2023-02-01")
});

let r: FixtureResults;
beforeAll(async () => {
  r = await computeFixture(b, ["lung-curative-treatment"]);
});
afterAll(() => r.cleanup());

const row = (period: string, context: string, unit_id: string) =>
  pick(r.rows, { indicator: "lung-curative-treatment", period, context, unit_id });

describe("lung-curative-treatment (hand-computed)", () => {
  it("attributes by residence, with the catchment valid on the diagnosis date", () => {
    // 2020 residence: TA1 = the 0101 tumours: 3/6; TA2 = the 0102 tumours (before the change): 1/5; TB1: 4/8.
    expect([row("2020", "residence", "TA1").numerator, row("2020", "residence", "TA1").denominator]).toEqual([3, 6]);
    expect([row("2020", "residence", "TA2").numerator, row("2020", "residence", "TA2").denominator]).toEqual([1, 5]);
    expect([row("2020", "residence", "TB1").numerator, row("2020", "residence", "TB1").denominator]).toEqual([4, 8]);
    // 2021: 0102 now belongs to TA1, so TA1 = 2/5 and TA2 has no row at all.
    expect([row("2021", "residence", "TA1").numerator, row("2021", "residence", "TA1").denominator]).toEqual([2, 5]);
    expect(r.rows.filter((x) => x.period === "2021" && x.unit_id === "TA2")).toHaveLength(0);
    // Residence starts at trust: no hospital rows.
    expect(r.rows.filter((x) => x.context === "residence" && x.unit_level === "hospital")).toHaveLength(0);
  });

  it("attributes by diagnosing hospital and rolls up hospital → trust → region → nation", () => {
    // 2020 diagnosing: HA2 diagnosed the six 0101 tumours (3 curative); HA1a the five 0102 (1); HB1a the eight 0201
    // (4).
    expect([row("2020", "diagnosing", "HA2").numerator, row("2020", "diagnosing", "HA2").denominator]).toEqual([3, 6]);
    expect(row("2020", "diagnosing", "HA2").parent_id).toBe("TA2");
    expect([row("2020", "diagnosing", "TA2").numerator, row("2020", "diagnosing", "TA2").denominator]).toEqual([3, 6]);
    expect([row("2020", "diagnosing", "TA1").numerator, row("2020", "diagnosing", "TA1").denominator]).toEqual([1, 5]);
    // Region A = 3/6 + 1/5 = 4/11; region B = 4/8; nation = 8/19, the same in both contexts.
    expect([row("2020", "diagnosing", "RA").numerator, row("2020", "diagnosing", "RA").denominator]).toEqual([4, 11]);
    expect(row("2020", "diagnosing", "RA").parent_id).toBe("nation");
    expect([row("2020", "residence", "RA").numerator, row("2020", "residence", "RA").denominator]).toEqual([4, 11]);
    expect([row("2020", "diagnosing", "nation").numerator, row("2020", "diagnosing", "nation").denominator]).toEqual([
      8, 19
    ]);
    expect(row("2020", "residence", "nation").value).toBeCloseTo(8 / 19, 12);
    expect(row("2020", "diagnosing", "nation").parent_id).toBeNull();
  });

  it("gives the value, the Wilson interval, the national value and the change", () => {
    const ta1 = row("2020", "residence", "TA1");
    expect(ta1.value).toBe(0.5);
    // Wilson, z = 1.959964: centre (p + z²/2n)/(1 + z²/n) = 0.5; half-width z/(1 + z²/n)·√(p(1−p)/n + z²/4n²)
    // = 1.959964/1.640243 · √(0.0416667 + 0.0266777) = 1.194922 · 0.2614278 = 0.312386.
    expect(ta1.lower).toBeCloseTo(0.5 - 0.312386, 5);
    expect(ta1.upper).toBeCloseTo(0.5 + 0.312386, 5);
    expect(ta1.national_value).toBeCloseTo(8 / 19, 12);
    // 2021 TA1 = 2/5 = 0.4, 2020 TA1 = 0.5: change −0.1. Nation 2021 = 2/10; 2020 = 8/19.
    expect(row("2021", "residence", "TA1").previous_value).toBe(0.5);
    expect(row("2021", "residence", "TA1").change).toBeCloseTo(-0.1, 12);
    expect(row("2021", "residence", "nation").change).toBeCloseTo(0.2 - 8 / 19, 12);
    // No 2019 data: no previous value.
    expect(row("2020", "residence", "TA1").change).toBeNull();
  });

  it("classifies against the 35 % target", () => {
    expect(row("2020", "residence", "TA1").level).toBe("high"); // 0.5 ≥ 0.35
    expect(row("2020", "residence", "TA2").level).toBe("low"); // 0.2 < 0.35, no moderate band
    expect(row("2021", "residence", "nation").level).toBe("low"); // 0.2
    expect(row("2020", "residence", "nation").level).toBe("high"); // 0.421
  });

  it("joins coverage from lung-clinical-report in the same context and flags low coverage (< 60 %)", () => {
    // Residence 2020: TA1 4/6 reported = 0.667; TA2 3/5 = 0.6 (not below 0.6); TB1 4/8 = 0.5 → low.
    expect(row("2020", "residence", "TA1").coverage).toBeCloseTo(4 / 6, 12);
    expect(row("2020", "residence", "TA1").low_coverage).toBe(false);
    expect(row("2020", "residence", "TA2").coverage).toBeCloseTo(0.6, 12);
    expect(row("2020", "residence", "TA2").low_coverage).toBe(false);
    expect(row("2020", "residence", "TB1").coverage).toBe(0.5);
    expect(row("2020", "residence", "TB1").low_coverage).toBe(true);
    // Diagnosing 2020: HA2 diagnosed the six 0101 tumours (4 reported).
    expect(row("2020", "diagnosing", "HA2").coverage).toBeCloseTo(4 / 6, 12);
  });

  it("marks periods after the affirm date (2022-12-31) as preliminary", () => {
    expect(row("2023", "residence", "TA1").preliminary).toBe(true);
    expect(row("2021", "residence", "TA1").preliminary).toBe(false);
    expect(row("2023", "residence", "TA1").period_start).toBe(2023);
  });
});
