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
// 2020, municipality 0101 (trust ta1), diagnosed at ha2 (trust ta2): 6 tumours, 3 curative, 2 without clinical report.
b.many(
  6,
  "A20-",
  { registry: "lung", diagnosisDate: "2020-03-01", municipality: "0101", diagnosingUnit: "ha2" },
  (i) => ({
    ...(i < 3 ? operated("ha1a", "2020-04-01") : {}),
    clinicalReport: i < 4
  })
);
// 2020, municipality 0102 (trust ta2 until 2020-12-31), diagnosed at ha1a: 5 tumours, 1 curative, 2 without report.
b.many(
  5,
  "B20-",
  { registry: "lung", diagnosisDate: "2020-06-01", municipality: "0102", diagnosingUnit: "ha1a" },
  (i) => ({
    ...(i < 1 ? operated("ha1a", "2020-07-01") : {}),
    clinicalReport: i < 3
  })
);
// 2020, municipality 0201 (tb1), diagnosed at hb1a: 8 tumours, 4 curative, 4 without report.
b.many(
  8,
  "C20-",
  { registry: "lung", diagnosisDate: "2020-09-01", municipality: "0201", diagnosingUnit: "hb1a" },
  (i) => ({
    ...(i < 4 ? operated("hb1a", "2020-10-01") : {}),
    clinicalReport: i % 2 === 0
  })
);
// 2021, municipality 0102 now belongs to ta1: 5 tumours, 2 curative.
b.many(
  5,
  "B21-",
  { registry: "lung", diagnosisDate: "2021-02-01", municipality: "0102", diagnosingUnit: "ha1a" },
  (i) => (i < 2 ? operated("ha1a", "2021-03-01") : {})
);
// 2021, municipality 0201: 5 tumours, none curative, diagnosed at hb1b.
b.many(5, "C21-", { registry: "lung", diagnosisDate: "2021-05-01", municipality: "0201", diagnosingUnit: "hb1b" });
// 2023 (after the affirm date 2022-12-31): 5 tumours in 0101, all curative.
b.many(5, "A23-", {
  registry: "lung",
  diagnosisDate: "2023-01-10",
  municipality: "0101",
  diagnosingUnit: "ha1a",
  ...operated("ha1a", "2023-02-01")
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
    // 2020 residence: ta1 = the 0101 tumours: 3/6; ta2 = the 0102 tumours (before the change): 1/5; tb1: 4/8.
    expect([row("2020", "residence", "ta1").numerator, row("2020", "residence", "ta1").denominator]).toEqual([3, 6]);
    expect([row("2020", "residence", "ta2").numerator, row("2020", "residence", "ta2").denominator]).toEqual([1, 5]);
    expect([row("2020", "residence", "tb1").numerator, row("2020", "residence", "tb1").denominator]).toEqual([4, 8]);
    // 2021: 0102 now belongs to ta1, so ta1 = 2/5 and ta2 has no row at all.
    expect([row("2021", "residence", "ta1").numerator, row("2021", "residence", "ta1").denominator]).toEqual([2, 5]);
    expect(r.rows.filter((x) => x.period === "2021" && x.unit_id === "ta2")).toHaveLength(0);
    // Residence starts at trust: no hospital rows.
    expect(r.rows.filter((x) => x.context === "residence" && x.unit_level === "hospital")).toHaveLength(0);
  });

  it("attributes by diagnosing hospital and rolls up hospital → trust → region → nation", () => {
    // 2020 diagnosing: ha2 diagnosed the six 0101 tumours (3 curative); ha1a the five 0102 (1); hb1a the eight 0201
    // (4).
    expect([row("2020", "diagnosing", "ha2").numerator, row("2020", "diagnosing", "ha2").denominator]).toEqual([3, 6]);
    expect(row("2020", "diagnosing", "ha2").parent_id).toBe("ta2");
    expect([row("2020", "diagnosing", "ta2").numerator, row("2020", "diagnosing", "ta2").denominator]).toEqual([3, 6]);
    expect([row("2020", "diagnosing", "ta1").numerator, row("2020", "diagnosing", "ta1").denominator]).toEqual([1, 5]);
    // Region A = 3/6 + 1/5 = 4/11; region B = 4/8; nation = 8/19, the same in both contexts.
    expect([row("2020", "diagnosing", "ra").numerator, row("2020", "diagnosing", "ra").denominator]).toEqual([4, 11]);
    expect(row("2020", "diagnosing", "ra").parent_id).toBe("nation");
    expect([row("2020", "residence", "ra").numerator, row("2020", "residence", "ra").denominator]).toEqual([4, 11]);
    expect([row("2020", "diagnosing", "nation").numerator, row("2020", "diagnosing", "nation").denominator]).toEqual([
      8, 19
    ]);
    expect(row("2020", "residence", "nation").value).toBeCloseTo(8 / 19, 12);
    expect(row("2020", "diagnosing", "nation").parent_id).toBeNull();
  });

  it("gives the value, the Wilson interval, the national value and the change", () => {
    const ta1 = row("2020", "residence", "ta1");
    expect(ta1.value).toBe(0.5);
    // Wilson, z = 1.959964: centre (p + z²/2n)/(1 + z²/n) = 0.5; half-width z/(1 + z²/n)·√(p(1−p)/n + z²/4n²)
    // = 1.959964/1.640243 · √(0.0416667 + 0.0266777) = 1.194922 · 0.2614278 = 0.312386.
    expect(ta1.lower).toBeCloseTo(0.5 - 0.312386, 5);
    expect(ta1.upper).toBeCloseTo(0.5 + 0.312386, 5);
    expect(ta1.national_value).toBeCloseTo(8 / 19, 12);
    // 2021 ta1 = 2/5 = 0.4, 2020 ta1 = 0.5: change −0.1. Nation 2021 = 2/10; 2020 = 8/19.
    expect(row("2021", "residence", "ta1").previous_value).toBe(0.5);
    expect(row("2021", "residence", "ta1").change).toBeCloseTo(-0.1, 12);
    expect(row("2021", "residence", "nation").change).toBeCloseTo(0.2 - 8 / 19, 12);
    // No 2019 data: no previous value.
    expect(row("2020", "residence", "ta1").change).toBeNull();
  });

  it("classifies against the 35 % target", () => {
    expect(row("2020", "residence", "ta1").level).toBe("high"); // 0.5 ≥ 0.35
    expect(row("2020", "residence", "ta2").level).toBe("low"); // 0.2 < 0.35, no moderate band
    expect(row("2021", "residence", "nation").level).toBe("low"); // 0.2
    expect(row("2020", "residence", "nation").level).toBe("high"); // 0.421
  });

  it("joins coverage from lung-clinical-report in the same context and flags low coverage (< 60 %)", () => {
    // Residence 2020: ta1 4/6 reported = 0.667; ta2 3/5 = 0.6 (not below 0.6); tb1 4/8 = 0.5 → low.
    expect(row("2020", "residence", "ta1").coverage).toBeCloseTo(4 / 6, 12);
    expect(row("2020", "residence", "ta1").low_coverage).toBe(false);
    expect(row("2020", "residence", "ta2").coverage).toBeCloseTo(0.6, 12);
    expect(row("2020", "residence", "ta2").low_coverage).toBe(false);
    expect(row("2020", "residence", "tb1").coverage).toBe(0.5);
    expect(row("2020", "residence", "tb1").low_coverage).toBe(true);
    // Diagnosing 2020: ha2 diagnosed the six 0101 tumours (4 reported).
    expect(row("2020", "diagnosing", "ha2").coverage).toBeCloseTo(4 / 6, 12);
  });

  it("marks periods after the affirm date (2022-12-31) as preliminary", () => {
    expect(row("2023", "residence", "ta1").preliminary).toBe(true);
    expect(row("2021", "residence", "ta1").preliminary).toBe(false);
    expect(row("2023", "residence", "ta1").period_start).toBe(2023);
  });
});
