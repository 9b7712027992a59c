import { describe, expect, it } from "vitest";
import { Rng } from "../../../loaders/demo/random.ts";
import { netSurvival } from "../../../loaders/stats/netSurvival.ts";
import {
  MaxError,
  relsurvData,
  slopopLifeTable,
  referenceRows,
  type NetSurvivalInput,
  type Sex
} from "../../support/survivalFixtures.ts";
import { num } from "../../support/readCsv.ts";

// Expected values: R 4.2.2 relsurv 2.2.9 rs.surv(Surv(time, cens) ~ 1 or ~ sex, rmap = list(age = age*365.241),
// ratetable = slopop, data = rdata), PP with add.times = c(1,3,5,10)*365.241 (README section 4).
// slopop's daily hazards enter as annual qx (slopopLifeTable) and come back as the same daily hazards.
// Achieved max relative error: at the years 1.5e-14 (PP, women, se at 10 years); along the curves
// 1.2e-14 (PP se at t = 4663); Ederer II 4.1e-15 on the curve, 4.0e-15 at the years.
const data = relsurvData();
const lifeTable = slopopLifeTable();
const years = [1, 3, 5, 10].map((k) => k * 365.241);

describe("netSurvival against relsurv", () => {
  const estimates = referenceRows("relsurv_estimates_at_years.csv");
  for (const method of ["ederer2", "pohar-perme"] as const) {
    it(`${method}: overall and by sex at 1, 3, 5, 10 years, all three conf types`, () => {
      const maxError = new MaxError();
      for (const strata of ["all", "sex=1", "sex=2"]) {
        const subset = strata === "all" ? data : data.filter((d) => d.sex === (strata === "sex=1" ? "male" : "female"));
        const expected = estimates.filter((r) => r.method === method && r.strata === strata);
        expect(expected.map((r) => num(r.time_requested))).toEqual(years);
        for (const [conf, column] of [
          ["log", "log"],
          ["log-log", "loglog"],
          ["plain", "plain"]
        ] as const) {
          const rows = netSurvival(subset, lifeTable, { method, times: years, conf });
          rows.forEach((row, i) => {
            const ref = expected[i];
            const where = `${strata} ${ref.years} years ${conf}`;
            expect(row.time).toBe(years[i]);
            maxError.add(row.surv, num(ref.surv), `${where} surv`);
            maxError.add(row.se, num(ref.std_err_surv), `${where} se`);
            maxError.add(row.lower, num(ref[`lower_${column}`]), `${where} lower`);
            maxError.add(row.upper, num(ref[`upper_${column}`]), `${where} upper`);
          });
        }
      }
      expect(maxError.value, maxError.where).toBeLessThan(1e-12);
    });
  }

  const curves = referenceRows("relsurv_curves_overall.csv");
  for (const method of ["ederer2", "pohar-perme"] as const) {
    it(`${method}: every point of the overall curve`, () => {
      // For PP the curve's times are the follow-up times and the four add.times, so asking for all of them
      // gives exactly relsurv's grid of crude intervals.
      const expected = curves.filter((r) => r.method === method);
      expect(expected.length).toBe(method === "ederer2" ? 945 : 949);
      const rows = netSurvival(data, lifeTable, { method, times: expected.map((r) => num(r.time)) });
      const maxError = new MaxError();
      rows.forEach((row, i) => {
        const ref = expected[i];
        maxError.add(row.surv, num(ref.surv), `t=${ref.time} surv`);
        maxError.add(row.se / row.surv, num(ref.std_err_logS), `t=${ref.time} se(log S)`);
        maxError.add(row.lower, num(ref.lower_log), `t=${ref.time} lower`);
        maxError.add(row.upper, num(ref.upper_log), `t=${ref.time} upper`);
      });
      expect(maxError.value, maxError.where).toBeLessThan(1e-12);
      // relsurv's log upper limit is not clipped: 1.0018523146640597 at t = 9 (Ederer II)
      if (method === "ederer2") expect(rows[0].upper).toBeGreaterThan(1);
    });
  }

  it("Ederer II ignores requested times in its grid; Pohar Perme adds them (relsurv's add.times)", () => {
    const e2 = netSurvival(data, lifeTable, { method: "ederer2", times: [1826.205] });
    const e2More = netSurvival(data, lifeTable, { method: "ederer2", times: [100.5, 1000.5, 1826.205] });
    expect(e2More[2]).toEqual(e2[0]);
    const pp = netSurvival(data, lifeTable, { method: "pohar-perme", times: [1826.205] })[0];
    const ppFour = netSurvival(data, lifeTable, { method: "pohar-perme", times: years })[2];
    // The fine-step grid changed and with it relsurv's accumulated weighted sums (README section 4): 4e-5 here.
    expect(pp.surv).not.toBe(ppFour.surv);
    expect(Math.abs(pp.surv / ppFour.surv - 1)).toBeLessThan(1e-4);
  });

  it("addTimes (relsurv's add.times) fixes the cut points whatever is read (docs/methods.md#net-survival-grid)", () => {
    const alone = netSurvival(data, lifeTable, { method: "pohar-perme", times: [1826.205] })[0];
    const read = netSurvival(data, lifeTable, { method: "pohar-perme", times: years, addTimes: [1826.205] });
    expect(read[2]).toEqual(alone);
    // Other times are step values at the last cut point ≤ them, as relsurv's summary(fit, times).
    const [atLastCut] = netSurvival(data, lifeTable, { method: "pohar-perme", times: [365.241], addTimes: [] });
    expect(read[0]).toEqual(atLastCut);
    const asCut = netSurvival(data, lifeTable, { method: "pohar-perme", times: [365.241] })[0];
    expect(read[0].surv).not.toBe(asCut.surv);
    const bad = (addTimes: unknown) => () =>
      netSurvival(data, lifeTable, { method: "pohar-perme", times: [365], addTimes: addTimes as number[] });
    expect(bad(365)).toThrow(new TypeError("netSurvival: addTimes must be an array of numbers"));
    expect(bad([-1])).toThrow(new RangeError("netSurvival: addTimes[0] must be finite and ≥ 0, got -1"));
    expect(bad(["1"])).toThrow(TypeError);
  });
});

// ---------------------------------------------------------------------------------------------------------
// A direct transcription of README section 4 (per subject, per fine step, no grouping), to check the
// cell-grouped implementation on data that exercises what rdata does not: non-consecutive ages and years,
// clamping below and above the table, partial steps, non-integer and tied times, qx = 0.
type LifeTableRow = { year: number; sex: Sex; age: number; qx: number };

function directNetSurvival(
  subjects: NetSurvivalInput,
  table: LifeTableRow[],
  method: "pohar-perme" | "ederer2",
  times: number[]
) {
  const dayNumber = (iso: string) => (Date.parse(`${iso}T00:00:00Z`) - Date.parse("1960-01-01T00:00:00Z")) / 86400000;
  const tableYears = [...new Set(table.map((r) => r.year))].sort((a, b) => a - b);
  const tableAges = [...new Set(table.map((r) => r.age))].sort((a, b) => a - b);
  const lambdaAt = (sex: Sex, ageDays: number, dateDays: number) => {
    let year = tableYears[0];
    for (const y of tableYears) if (dayNumber(`${y}-01-01`) <= dateDays) year = y;
    let age = tableAges[0];
    for (const a of tableAges) if (a * 365.241 <= ageDays) age = a;
    const row = table.find((r) => r.year === year && r.sex === sex && r.age === age)!;
    return -Math.log1p(-row.qx) / 365.241;
  };
  const maxTime = Math.max(...subjects.map((s) => s.time));
  const grid = [
    ...new Set([
      ...subjects.map((s) => s.time),
      ...(method === "pohar-perme" ? times.filter((t) => t > 0 && t <= maxTime) : [])
    ])
  ].sort((a, b) => a - b);
  const popSurv = subjects.map(() => 1);
  const curve: { surv: number; varLog: number }[] = [];
  let surv = 1;
  let varLog = 0;
  let time = 0;
  for (const end of grid) {
    const length = end - time;
    let f0 = 0,
      f1 = 0,
      f0End = 0,
      f1End = 0,
      integral = 0,
      expected = 0,
      inverseAtEnd = 0;
    for (let within = 0; within < length;) {
      const h = Math.min(1, length - within);
      const u = time + within;
      let inverseSum = 0;
      subjects.forEach((s, i) => {
        if (s.time < end) return;
        const lambda = lambdaAt(s.sex, s.age + u, dayNumber(s.date) + u);
        const factor = Math.exp(-h * lambda);
        f1 += lambda / popSurv[i];
        f0 += 1 / popSurv[i];
        f1End += lambda / (popSurv[i] * factor);
        f0End += 1 / (popSurv[i] * factor);
        expected += h * lambda;
        popSurv[i] *= factor;
        inverseSum += 1 / popSurv[i];
      });
      integral += (f1 / f0 / 2 + f1End / f0End / 2) * h;
      inverseAtEnd = inverseSum;
      within += h;
    }
    const atRisk = subjects.filter((s) => s.time >= end).length;
    const died = subjects.flatMap((s, i) => (s.time === end && s.event ? [i] : []));
    if (method === "pohar-perme") {
      surv *= 1 - (died.reduce((sum, i) => sum + 1 / popSurv[i], 0) / inverseAtEnd - integral);
      varLog += died.reduce((sum, i) => sum + 1 / popSurv[i] ** 2, 0) / inverseAtEnd ** 2;
    } else {
      surv *= 1 - (died.length / atRisk - expected / atRisk);
      varLog += died.length / atRisk ** 2;
    }
    curve.push({ surv, varLog });
    time += length;
  }
  return times.map((t) => {
    let j = -1;
    grid.forEach((g, k) => {
      if (g <= t) j = k;
    });
    if (t > maxTime) return { surv: NaN, se: NaN };
    return j < 0 ? { surv: 1, se: 0 } : { surv: curve[j].surv, se: curve[j].surv * Math.sqrt(curve[j].varLog) };
  });
}

/** A seeded uniform stream (the demo generator's xoshiro128**), so the synthetic data are the same on every run. */
function random(seed: number): () => number {
  const rng = new Rng(seed);
  return () => rng.next();
}

function syntheticCase(seed: number, n: number) {
  const rand = random(seed);
  // Abridged ages (0, 5, …, 80) and irregular years, so many subjects sit above the last age or before the first year.
  const table: LifeTableRow[] = [];
  for (const year of [1990, 1993, 1994, 2000, 2001, 2002, 2003])
    for (const sex of ["male", "female"] as const)
      for (let age = 0; age <= 80; age += 5)
        table.push({ year, sex, age, qx: age === 10 ? 0 : Math.min(0.9, 0.0005 * Math.exp(age / 12) * (1 + rand())) });
  const subjects: NetSurvivalInput = [];
  for (let i = 0; i < n; i++) {
    const date = new Date(Date.UTC(1986, 0, 1) + Math.floor(rand() * 17 * 365) * 86400000).toISOString().slice(0, 10);
    // Integer days (many ties) for most, fractional days for some.
    const time = rand() < 0.7 ? 1 + Math.floor(rand() * 1500) : 0.25 + rand() * 1500;
    subjects.push({
      time,
      event: rand() < 0.6,
      age: (20 + rand() * 80) * 365.241,
      sex: rand() < 0.5 ? "male" : "female",
      date
    });
  }
  return { table, subjects };
}

describe("netSurvival against a direct per-subject computation", () => {
  for (const seed of [1, 2, 3]) {
    it(`agrees on synthetic data (seed ${seed}), both methods`, () => {
      const { table, subjects } = syntheticCase(seed, 60);
      const times = [0, 0.5, 30, 200.7, 365.241, 1000, 1500.3, 2000];
      for (const method of ["pohar-perme", "ederer2"] as const) {
        const fast = netSurvival(subjects, table, { method, times });
        const direct = directNetSurvival(subjects, table, method, times);
        const maxError = new MaxError();
        fast.forEach((row, i) => {
          maxError.add(row.surv, direct[i].surv, `${method} t=${times[i]} surv`);
          maxError.add(row.se, direct[i].se, `${method} t=${times[i]} se`);
        });
        expect(maxError.value, maxError.where).toBeLessThan(1e-12);
      }
    });
  }
});

describe("netSurvival with extreme hazards", () => {
  it("stays exact when 1/S grows past 1e150 (a cell occupied for decades at a huge hazard)", () => {
    // λ = −ln(1e−6)/365.241 ≈ 0.038 a day: 1/S reaches e^450 by 12,000 days, so cell clocks are rebased.
    const table: LifeTableRow[] = (["male", "female"] as const).map((sex) => ({
      year: 2000,
      sex,
      age: 0,
      qx: 1 - 1e-6
    }));
    const subjects = Array.from({ length: 12 }, (_, i) => ({
      time: 1000 * (i + 1) + (i % 3) * 0.5,
      event: i % 2 === 0,
      age: (30 + i) * 365.241,
      sex: i % 4 < 2 ? ("male" as const) : ("female" as const),
      date: "2001-01-01"
    }));
    const times = [500, 5000, 9000.5, 11000, 12001];
    for (const method of ["pohar-perme", "ederer2"] as const) {
      const fast = netSurvival(subjects, table, { method, times });
      const direct = directNetSurvival(subjects, table, method, times);
      const maxError = new MaxError();
      fast.forEach((row, i) => {
        maxError.add(row.surv, direct[i].surv, `${method} t=${times[i]} surv`);
        maxError.add(row.se, direct[i].se, `${method} t=${times[i]} se`);
      });
      expect(fast.every((r) => Number.isFinite(r.surv))).toBe(true);
      expect(maxError.value, maxError.where).toBeLessThan(1e-10);
    }
  });
});

describe("netSurvival", () => {
  const flat = (qx: number): LifeTableRow[] =>
    (["male", "female"] as const).flatMap((sex) => [
      { year: 1950, sex, age: 0, qx },
      { year: 1950, sex, age: 50, qx }
    ]);

  it("hand-computed: one subject censored at 2.5 days under a constant hazard gives S = 1 + 2.5λ", () => {
    // Fine steps 1, 1, 0.5 in one crude interval; no deaths, so h = −(expected hazard) for both methods.
    const lambda = -Math.log1p(-0.1) / 365.241;
    const subject = [{ time: 2.5, event: false, age: 60 * 365.241, sex: "female" as const, date: "2000-03-01" }];
    for (const method of ["ederer2", "pohar-perme"] as const) {
      const [row] = netSurvival(subject, flat(0.1), { method, times: [2.5] });
      expect(row.surv).toBeCloseTo(1 + 2.5 * lambda, 15);
      expect(row.se).toBe(0);
    }
  });

  it("equals Kaplan–Meier when the population hazard is 0", () => {
    const subjects = [3, 5, 5, 8, 12].map((time, i) => ({
      time,
      event: i !== 2,
      age: 40 * 365.241,
      sex: "male" as const,
      date: "1990-01-01"
    }));
    for (const method of ["ederer2", "pohar-perme"] as const) {
      const rows = netSurvival(subjects, flat(0), { method, times: [4, 5, 10, 12] });
      expect(rows.map((r) => r.surv)).toEqual([0.8, 0.6000000000000001, 0.30000000000000004, 0]);
    }
  });

  it("gives S = 1 before the first follow-up time and NaN after the last, in the order asked", () => {
    const rows = netSurvival(data, lifeTable, { method: "ederer2", times: [6000, 0, 5, 365.241, 5345, 0] });
    expect(rows[0]).toEqual({ time: 6000, surv: NaN, se: NaN, lower: NaN, upper: NaN });
    expect(rows[1]).toEqual({ time: 0, surv: 1, se: 0, lower: 1, upper: 1 });
    expect(rows[2]).toEqual({ time: 5, surv: 1, se: 0, lower: 1, upper: 1 });
    expect(rows[3].surv).toBe(0.9250158561466967);
    expect(Number.isFinite(rows[4].surv)).toBe(true); // 5345 days is the last follow-up time
    expect(rows[5]).toEqual(rows[1]);
  });

  it("handles a single subject and an all-censored sample (PP above 1: no deaths, only the expected part)", () => {
    const one = [{ time: 400, event: true, age: 70 * 365.241, sex: "male" as const, date: "1983-05-05" }];
    // One death: S = 1 − (1 − W) = W, relsurv's weighted integral of the population hazard; Ederer II gives
    // the plain integral ∫λ. They differ by 3% here because of relsurv's accumulated sums over 400 fine steps.
    for (const method of ["pohar-perme", "ederer2"] as const) {
      const [dead] = netSurvival(one, lifeTable, { method, times: [400] });
      const [direct] = directNetSurvival(one, lifeTable, method, [400]);
      expect(dead.surv).toBeGreaterThan(0.03);
      expect(dead.surv / direct.surv).toBeCloseTo(1, 12);
      expect(dead.se).toBe(dead.surv); // var(log S) = 1
    }
    const censored = data.slice(0, 50).map((d) => ({ ...d, event: false }));
    for (const method of ["ederer2", "pohar-perme"] as const) {
      const [row] = netSurvival(censored, lifeTable, { method, times: [365.241] });
      expect(row.surv).toBeGreaterThan(1);
      expect(row.se).toBe(0);
    }
  });

  it("does not mutate its input", () => {
    const subset = data.slice(0, 100);
    const copy = structuredClone(subset);
    netSurvival(subset, lifeTable, { method: "pohar-perme", times: years });
    expect(subset).toEqual(copy);
  });

  it("throws on invalid input, naming the function", () => {
    const d = data.slice(0, 5);
    const o = { method: "pohar-perme" as const, times: [365] };
    const bad = (overrides: object) => [{ ...d[0], ...overrides }];
    const call = (dd: unknown, lt: unknown, oo: unknown) => () => netSurvival(dd as never, lt as never, oo as never);
    expect(call(d, lifeTable, undefined)).toThrow(TypeError);
    expect(call(d, lifeTable, "pohar-perme")).toThrow(TypeError);
    expect(call(d, lifeTable, { ...o, method: "hakulinen" })).toThrow(RangeError);
    expect(call(d, lifeTable, { ...o, method: undefined })).toThrow(TypeError);
    expect(call(d, lifeTable, { ...o, times: [] })).toThrow(new RangeError("netSurvival: times is empty"));
    expect(call(d, lifeTable, { ...o, times: 365 })).toThrow(TypeError);
    expect(call(d, lifeTable, { ...o, times: [-1] })).toThrow(RangeError);
    expect(call(d, lifeTable, { ...o, times: [NaN] })).toThrow(RangeError);
    expect(call(d, lifeTable, { ...o, times: ["365"] })).toThrow(TypeError);
    expect(call(d, lifeTable, { ...o, level: 1 })).toThrow(RangeError);
    expect(call(d, lifeTable, { ...o, level: 95 })).toThrow(RangeError);
    expect(call(d, lifeTable, { ...o, conf: "arcsin" })).toThrow(RangeError);
    expect(call([], lifeTable, o)).toThrow(new RangeError("netSurvival: data is empty"));
    expect(call({}, lifeTable, o)).toThrow(TypeError);
    expect(call([null], lifeTable, o)).toThrow(TypeError);
    expect(call(bad({ time: "12" }), lifeTable, o)).toThrow(TypeError);
    expect(call(bad({ time: 0 }), lifeTable, o)).toThrow(/^netSurvival: data\[0\]\.time must be finite and > 0/);
    expect(call(bad({ time: -3 }), lifeTable, o)).toThrow(RangeError);
    expect(call(bad({ time: NaN }), lifeTable, o)).toThrow(RangeError);
    expect(call(bad({ event: 1 }), lifeTable, o)).toThrow(TypeError);
    expect(call(bad({ age: -1 }), lifeTable, o)).toThrow(RangeError);
    expect(call(bad({ age: "60" }), lifeTable, o)).toThrow(TypeError);
    expect(call(bad({ sex: "m" }), lifeTable, o)).toThrow(RangeError);
    expect(call(bad({ date: "1982-02-30" }), lifeTable, o)).toThrow(RangeError);
    expect(call(bad({ date: "24.06.1982" }), lifeTable, o)).toThrow(RangeError);
    expect(call(bad({ date: 8210 }), lifeTable, o)).toThrow(TypeError);
    // life table problems
    const males = lifeTable.filter((r) => r.sex === "male");
    expect(call(bad({ sex: "female" }), males, o)).toThrow(/^netSurvival: lifeTable has no rows for sex female/);
    expect(call(d, [], o)).toThrow(RangeError);
    expect(call(d, "slopop", o)).toThrow(TypeError);
    expect(call(d, lifeTable.slice(1), o)).toThrow(/^netSurvival: lifeTable has no row for year 1930, sex male, age 0/);
    expect(call(d, [...lifeTable, lifeTable[0]], o)).toThrow(/two rows/);
    expect(call(d, [{ ...lifeTable[0], qx: 1 }, ...lifeTable.slice(1)], o)).toThrow(RangeError);
    expect(call(d, [{ ...lifeTable[0], qx: -0.1 }, ...lifeTable.slice(1)], o)).toThrow(RangeError);
    expect(call(d, [{ ...lifeTable[0], age: 0.5 }, ...lifeTable.slice(1)], o)).toThrow(RangeError);
    expect(call(d, [{ ...lifeTable[0], year: 1930.5 }, ...lifeTable.slice(1)], o)).toThrow(RangeError);
    expect(call(d, [{ ...lifeTable[0], sex: "unknown" }, ...lifeTable.slice(1)], o)).toThrow(RangeError);
    expect(call(d, [{ ...lifeTable[0], qx: "0.1" }, ...lifeTable.slice(1)], o)).toThrow(TypeError);
  });
});
