/**
 * Rolling three-year periods by year of operation, operating-hospital roll-up, and the case-mix model
 * (O/E, risk-adjusted rate) on a crafted extract where the logistic model has a closed form.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ratioInterval } from "../../loaders/stats/index.ts";
import { ExtractBuilder } from "../fixtures/engine/extractBuilder.ts";
import { computeFixture, pick, type FixtureResults } from "../fixtures/engine/computeFixture.ts";

/** A lung resection at `unit` on `date`; `died` days later death (or alive). */
function resection(
  id: string,
  unit: string,
  date: string,
  diedAfterDays?: number,
  extra: Record<string, unknown> = {}
) {
  const death =
    diedAfterDays === undefined
      ? undefined
      : new Date(Date.parse(date) + diedAfterDays * 86400000).toISOString().slice(0, 10);
  return {
    id,
    registry: "lung",
    diagnosisDate: date,
    deathDate: death,
    surgery: [{ unit, date, procedure: "lobectomy", asa: 2 }],
    ...extra
  };
}

// docs/methods.md#periods: complete three-year windows, pooled.
describe("lung-30-day-mortality: rolling periods and roll-up (hand-computed)", () => {
  // ha1a: 2019 4 resections (1 death on day 10); 2020 3 (none); 2021 3 (1 death on day 30 — within 30 days).
  // ha1b: 2021 6 resections, one death on day 31 (not within 30 days).  hb1a: 2019 10 resections, none die.
  const b = new ExtractBuilder();
  for (let i = 0; i < 4; i++) b.tumour(resection(`a19-${i}`, "ha1a", "2019-03-01", i === 0 ? 10 : undefined));
  for (let i = 0; i < 3; i++) b.tumour(resection(`a20-${i}`, "ha1a", "2020-03-01"));
  for (let i = 0; i < 3; i++) b.tumour(resection(`a21-${i}`, "ha1a", "2021-03-01", i === 0 ? 30 : undefined));
  for (let i = 0; i < 6; i++) b.tumour(resection(`b21-${i}`, "ha1b", "2021-05-01", i === 0 ? 31 : undefined));
  for (let i = 0; i < 10; i++) b.tumour(resection(`c19-${i}`, "hb1a", "2019-09-01"));
  let r: FixtureResults;
  beforeAll(async () => {
    r = await computeFixture(b, ["lung-30-day-mortality"]);
  });
  afterAll(() => r.cleanup());
  const counts = (period: string, unit_id: string) => {
    const row = pick(r.rows, { indicator: "lung-30-day-mortality", period, unit_id });
    return [row.numerator, row.denominator];
  };

  it("labels complete three-year windows 2017–2019 … 2021–2023", () => {
    const periods = [...new Set(r.rows.filter((x) => x.indicator === "lung-30-day-mortality").map((x) => x.period))];
    expect(periods).toEqual(["2017–2019", "2018–2020", "2019–2021", "2020–2022", "2021–2023"]);
    const row = pick(r.rows, { indicator: "lung-30-day-mortality", period: "2019–2021", unit_id: "nation" });
    expect([row.period_start, row.period_end]).toEqual([2019, 2021]);
  });

  it("pools the years of each window", () => {
    // 2019–2021: ha1a 4+3+3 = 10 with 2 deaths; ha1b 6 with 0 (day 31 is not within 30); hb1a 10, 0.
    expect(counts("2019–2021", "ha1a")).toEqual([2, 10]);
    expect(counts("2019–2021", "ha1b")).toEqual([0, 6]);
    expect(counts("2019–2021", "hb1a")).toEqual([0, 10]);
    // Trust ta1 = ha1a + ha1b = 2/16; region ra = 2/16; rb = tb1 = hb1a = 0/10; nation 2/26.
    expect(counts("2019–2021", "ta1")).toEqual([2, 16]);
    expect(counts("2019–2021", "ra")).toEqual([2, 16]);
    expect(counts("2019–2021", "rb")).toEqual([0, 10]);
    expect(counts("2019–2021", "nation")).toEqual([2, 26]);
    // 2017–2019: ha1a 4 (1 death), hb1a 10 → nation 1/14. 2018–2020: ha1a 7 (1) + hb1a 10 → 1/17.
    expect(counts("2017–2019", "nation")).toEqual([1, 14]);
    expect(counts("2018–2020", "nation")).toEqual([1, 17]);
    // 2020–2022: ha1a 3+3 = 6 (1 death) + ha1b 6 → 1/12; 2021–2023: ha1a 3 (1) + ha1b 6 → 1/9.
    expect(counts("2020–2022", "nation")).toEqual([1, 12]);
    expect(counts("2021–2023", "nation")).toEqual([1, 9]);
    // ta2 has no operations: no rows.
    expect(
      r.rows.filter((x) => x.indicator === "lung-30-day-mortality" && (x.unit_id === "ta2" || x.unit_id === "ha2"))
    ).toHaveLength(0);
    // Change from 2018–2020 (1/17) to 2019–2021 (2/26).
    expect(
      pick(r.rows, { indicator: "lung-30-day-mortality", period: "2019–2021", unit_id: "nation" }).change
    ).toBeCloseTo(2 / 26 - 1 / 17, 12);
  });

  it("has no target, so no level", () => {
    expect(r.rows.filter((x) => x.indicator === "lung-30-day-mortality").every((x) => x.level === null)).toBe(true);
  });
});

// docs/methods.md#coverage and #periods (the preliminary flag): hand-computed.
describe("lung-30-day-mortality: coverage pooled by diagnosis year, preliminary windows", () => {
  // HA1a, by year of operation: 2019 two resections (one without the clinical report) and one diagnosed on
  // 2018-12-15 (reported); 2020 two (reported); 2021 one (reported).
  const b = new ExtractBuilder();
  b.tumour(resection("p19-0", "ha1a", "2019-03-01", undefined, { clinicalReport: false }));
  b.tumour(resection("p19-1", "ha1a", "2019-03-01"));
  b.tumour({ ...resection("p18-0", "ha1a", "2019-01-10"), diagnosisDate: "2018-12-15" });
  for (let i = 0; i < 2; i++) b.tumour(resection(`p20-${i}`, "ha1a", "2020-03-01"));
  b.tumour(resection("p21-0", "ha1a", "2021-03-01"));
  let r: FixtureResults;
  beforeAll(async () => {
    r = await computeFixture(b, ["lung-30-day-mortality", "lung-clinical-report"]);
  });
  afterAll(() => r.cleanup());
  const row = (period: string) => pick(r.rows, { indicator: "lung-30-day-mortality", period, unit_id: "ha1a" });

  it("takes coverage over the tumours diagnosed in the window's years, in the indicator's context", () => {
    // 2019–2021 by operation: 6 patients. Coverage by diagnosis year 2019–2021: 4 of 5 reported (the
    // tumour diagnosed in 2018 belongs to 2018's coverage even though it was operated in 2019).
    expect(row("2019–2021").denominator).toBe(6);
    expect(row("2019–2021").coverage).toBeCloseTo(4 / 5, 12);
    expect(row("2017–2019").coverage).toBeCloseTo(2 / 3, 12); // 2018: 1 of 1, 2019: 1 of 2
  });

  it("marks a window preliminary when it ends after the affirm date (2022-12-31)", () => {
    const all = r.rows.filter((x) => x.indicator === "lung-30-day-mortality" && x.unit_id === "nation");
    expect(all.map((x) => [x.period, x.preliminary])).toEqual([
      ["2017–2019", false],
      ["2018–2020", false],
      ["2019–2021", false],
      ["2020–2022", false],
      ["2021–2023", true]
    ]);
  });
});

describe("lung-30-day-mortality: case-mix adjustment (hand-computed)", () => {
  // Every patient has the same age, stage and ASA; only sex varies, so the fitted logistic model reproduces
  // the death rate of each sex: men 4/20 = 0.2, women 1/20 = 0.05. All operated in 2020.
  // ha1a: 10 men, 3 deaths.  hb1a: 10 men (1 death) and 20 women (1 death).
  const b = new ExtractBuilder();
  const day = (i: number, died: boolean) => ({ diedAfterDays: died ? 5 : undefined, i });
  for (let i = 0; i < 10; i++)
    b.tumour(resection(`m-a-${i}`, "ha1a", "2020-05-01", day(i, i < 3).diedAfterDays, { sex: "male" }));
  for (let i = 0; i < 10; i++)
    b.tumour(resection(`m-b-${i}`, "hb1a", "2020-05-01", day(i, i < 1).diedAfterDays, { sex: "male" }));
  for (let i = 0; i < 20; i++)
    b.tumour(resection(`f-b-${i}`, "hb1a", "2020-05-01", day(i, i < 1).diedAfterDays, { sex: "female" }));
  let r: FixtureResults;
  beforeAll(async () => {
    r = await computeFixture(b, ["lung-30-day-mortality"]);
  });
  afterAll(() => r.cleanup());
  const row = (unit_id: string) => pick(r.rows, { indicator: "lung-30-day-mortality", period: "2019–2021", unit_id });

  it("computes expected counts from the national model", () => {
    // ha1a: E = 10 × 0.2 = 2, O = 3, O/E = 1.5.  hb1a: E = 10 × 0.2 + 20 × 0.05 = 3, O = 2, O/E = 2/3.
    expect(row("ha1a").observed).toBe(3);
    expect(row("ha1a").expected).toBeCloseTo(2, 8);
    expect(row("ha1a").oe_ratio).toBeCloseTo(1.5, 8);
    expect(row("hb1a").expected).toBeCloseTo(3, 8);
    expect(row("hb1a").oe_ratio).toBeCloseTo(2 / 3, 8);
    // The nation: O = E = 5 (the logistic MLE with an intercept reproduces the total).
    expect(row("nation").observed).toBe(5);
    expect(row("nation").expected).toBeCloseTo(5, 8);
  });

  it("gives the risk-adjusted rate O/E × national rate and exact intervals for O < 10", () => {
    // National rate 5/40 = 0.125: ha1a 1.5 × 0.125 = 0.1875; hb1a (2/3) × 0.125 = 0.083333.
    expect(row("ha1a").adjusted_value).toBeCloseTo(0.1875, 8);
    expect(row("hb1a").adjusted_value).toBeCloseTo(0.125 * (2 / 3), 8);
    // Exact Poisson (Garwood) limits for O = 3: 0.61867 and 8.76727, divided by E = 2.
    expect(row("ha1a").oe_lower).toBeCloseTo(0.61867 / 2, 4);
    expect(row("ha1a").oe_upper).toBeCloseTo(8.76727 / 2, 4);
    const interval = ratioInterval(3, row("ha1a").expected!, { level: 0.95, method: "exact" });
    expect(row("ha1a").oe_lower).toBeCloseTo(interval.lower, 8);
    // oe_z = (O − E)/√E = 1/√2; neither unit is outside the exact 95 % limits.
    expect(row("ha1a").oe_z).toBeCloseTo(1 / Math.SQRT2, 6);
    expect(row("ha1a").oe_flag).toBeNull();
  });
});
