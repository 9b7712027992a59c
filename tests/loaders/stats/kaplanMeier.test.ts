import { describe, expect, it } from "vitest";
import { kaplanMeier } from "../../../loaders/stats/kaplanMeier.ts";
import { MaxError, kmInputs, referenceRows } from "../../support/survivalFixtures.ts";
import { num } from "../../support/readCsv.ts";

// Expected values: km_curves.csv, R 4.2.2 survival 3.5-3 survfit(Surv(time, status) ~ 1 or ~ strata),
// every row of lung, lung_by_sex, aml, aml_by_x, handmade1 and handmade2 (S reaches 0 at t = 4).
// Achieved max relative error over all rows, columns and conf types: 1.3e-15 (lung, plain lower at
// t = 883, a cancellation); NaN exactly where R gives NA.
const curves = referenceRows("km_curves.csv");
const inputs = kmInputs();

describe("kaplanMeier", () => {
  it("matches survfit on every row, all three conf types", () => {
    const maxError = new MaxError();
    const keys = [...new Set(curves.map((r) => `${r.dataset}/${r.strata}`))];
    expect(keys.sort()).toEqual([...inputs.keys()].sort());
    for (const key of keys) {
      const expected = curves.filter((r) => `${r.dataset}/${r.strata}` === key);
      for (const [conf, column] of [
        ["log-log", "loglog"],
        ["log", "log"],
        ["plain", "plain"]
      ] as const) {
        const fit = kaplanMeier(inputs.get(key)!, { conf });
        expect(fit.length, key).toBe(expected.length);
        fit.forEach((row, i) => {
          const ref = expected[i];
          const where = `${key} t=${ref.time} ${conf}`;
          expect([row.time, row.nRisk, row.nEvent, row.nCensor], where).toEqual([
            num(ref.time),
            num(ref.n_risk),
            num(ref.n_event),
            num(ref.n_censor)
          ]);
          maxError.add(row.surv, num(ref.surv), `${where} surv`);
          maxError.add(row.se, num(ref.se_surv), `${where} se`);
          maxError.add(row.lower, num(ref[`lower_${column}`]), `${where} lower`);
          maxError.add(row.upper, num(ref[`upper_${column}`]), `${where} upper`);
        });
      }
    }
    expect(maxError.value, maxError.where).toBeLessThan(1e-12);
  });

  it("defaults to log-log limits at 95%", () => {
    const data = inputs.get("aml/all")!;
    expect(kaplanMeier(data)).toEqual(kaplanMeier(data, { level: 0.95, conf: "log-log" }));
  });

  it("uses z = Φ⁻¹(1 − (1 − level)/2)", () => {
    // By hand: 4 at risk, 1 event at t = 1, so S = 0.75 and se(log S) = √(1/(4·3)); z(0.998) = 3.0902323061678132.
    const [first] = kaplanMeier(
      [
        { time: 1, event: true },
        { time: 2, event: false },
        { time: 3, event: true },
        { time: 4, event: false }
      ],
      { conf: "log", level: 0.998 }
    );
    const seLog = Math.sqrt(1 / (4 * 3));
    expect(first.surv).toBe(0.75);
    expect(first.lower).toBeCloseTo(0.75 * Math.exp(-3.090232306167813 * seLog), 14);
    expect(first.upper).toBe(1); // capped
  });

  it("processes events before censorings at tied times", () => {
    const fit = kaplanMeier([
      { time: 2, event: false },
      { time: 2, event: true },
      { time: 2, event: true },
      { time: 5, event: true },
      { time: 7, event: false }
    ]);
    expect(fit.map((r) => [r.time, r.nRisk, r.nEvent, r.nCensor])).toEqual([
      [2, 5, 2, 1],
      [5, 2, 1, 0],
      [7, 1, 0, 1]
    ]);
    expect(fit[0].surv).toBe(0.6);
    expect(fit[1].surv).toBeCloseTo(0.3, 15);
    expect(fit[2].surv).toBe(fit[1].surv);
  });

  it("gives NaN se and limits once S reaches 0", () => {
    for (const conf of ["log-log", "log", "plain"] as const) {
      const fit = kaplanMeier(
        [
          { time: 1, event: true },
          { time: 3, event: false },
          { time: 4, event: true }
        ],
        { conf }
      );
      const last = fit[fit.length - 1];
      expect(last.surv).toBe(0);
      expect([last.se, last.lower, last.upper].every(Number.isNaN)).toBe(true);
    }
  });

  it("handles a single subject and an all-censored sample", () => {
    expect(kaplanMeier([{ time: 3, event: true }])).toEqual([
      { time: 3, nRisk: 1, nEvent: 1, nCensor: 0, surv: 0, se: NaN, lower: NaN, upper: NaN }
    ]);
    expect(kaplanMeier([{ time: 3, event: false }], { conf: "log" })).toEqual([
      { time: 3, nRisk: 1, nEvent: 0, nCensor: 1, surv: 1, se: 0, lower: 1, upper: 1 }
    ]);
    const censored = kaplanMeier([
      { time: 0, event: false },
      { time: 2, event: false },
      { time: 2, event: false }
    ]);
    expect(censored.map((r) => [r.time, r.nRisk, r.surv, r.se])).toEqual([
      [0, 3, 1, 0],
      [2, 2, 1, 0]
    ]);
    // log-log limits are undefined at S = 1 (R: NA)
    expect(censored.every((r) => Number.isNaN(r.lower) && Number.isNaN(r.upper))).toBe(true);
  });

  it("does not depend on input order and does not mutate it", () => {
    const data = inputs.get("lung/all")!;
    const copy = structuredClone(data);
    const reversed = [...data].reverse();
    expect(kaplanMeier(reversed)).toEqual(kaplanMeier(data));
    expect(data).toEqual(copy);
  });

  it("throws on invalid input, naming the function", () => {
    const ok = [{ time: 1, event: true }];
    expect(() => kaplanMeier([])).toThrow(new RangeError("kaplanMeier: data is empty"));
    expect(() => kaplanMeier("x" as never)).toThrow(TypeError);
    expect(() => kaplanMeier([null] as never)).toThrow(TypeError);
    expect(() => kaplanMeier([{ time: -1, event: true }])).toThrow(RangeError);
    expect(() => kaplanMeier([{ time: NaN, event: true }])).toThrow(RangeError);
    expect(() => kaplanMeier([{ time: Infinity, event: true }])).toThrow(RangeError);
    expect(() => kaplanMeier([{ time: "1", event: true }] as never)).toThrow(TypeError);
    expect(() => kaplanMeier([{ time: 1, event: 1 }] as never)).toThrow(TypeError);
    expect(() => kaplanMeier(ok, { level: 0 })).toThrow(RangeError);
    expect(() => kaplanMeier(ok, { level: 1 })).toThrow(RangeError);
    expect(() => kaplanMeier(ok, { level: 95 })).toThrow(RangeError);
    expect(() => kaplanMeier(ok, { level: NaN })).toThrow(RangeError);
    expect(() => kaplanMeier(ok, { conf: "arcsin" as never })).toThrow(RangeError);
    expect(() => kaplanMeier(ok, { conf: 1 as never })).toThrow(TypeError);
    expect(() => kaplanMeier(ok, null as never)).toThrow(TypeError);
    expect(() => kaplanMeier([{ time: -1, event: true }])).toThrow(/^kaplanMeier: /);
  });
});
