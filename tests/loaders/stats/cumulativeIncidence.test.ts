import { describe, expect, it } from "vitest";
import { cumulativeIncidence } from "../../../loaders/stats/cumulativeIncidence.ts";
import { kaplanMeier } from "../../../loaders/stats/kaplanMeier.ts";
import { MaxError, cifInputs, referenceRows } from "../../support/survivalFixtures.ts";
import { num } from "../../support/readCsv.ts";

// Expected values: cif_curves.csv, R 4.2.2 survival 3.5-3 survfit(Surv(time, factor(cause, 0:2)) ~ 1 or ~ sex),
// every row of handmade (ties of causes at t = 3 and 7, censorings tied with events at 5 and 9), mgus2 and
// mgus2 by sex: cif, the infinitesimal-jackknife se and the log limits, both causes.
// Achieved max relative error: 2.1e-14 (mgus2 sex=M, upper limit of cause 1 at t = 5); NaN exactly where R gives NA.
const curves = referenceRows("cif_curves.csv");
const inputs = cifInputs();

describe("cumulativeIncidence", () => {
  it("matches survfit's Aalen-Johansen curves on every row", () => {
    const maxError = new MaxError();
    const keys = [...new Set(curves.map((r) => `${r.dataset}/${r.strata}`))];
    expect(keys.sort()).toEqual([...inputs.keys()].sort());
    for (const key of keys) {
      const expected = curves.filter((r) => `${r.dataset}/${r.strata}` === key);
      const fit = cumulativeIncidence(inputs.get(key)!);
      expect(fit.length, key).toBe(expected.length);
      fit.forEach((row, i) => {
        const ref = expected[i];
        const where = `${key} t=${ref.time}`;
        expect([row.time, row.nRisk], where).toEqual([num(ref.time), num(ref.n_risk)]);
        expect(row.cif.length).toBe(2);
        for (const k of [1, 2]) {
          maxError.add(row.cif[k - 1], num(ref[`cif_cause${k}`]), `${where} cif${k}`);
          maxError.add(row.se[k - 1], num(ref[`se_cif_cause${k}`]), `${where} se${k}`);
          maxError.add(row.lower[k - 1], num(ref[`lower_log_cif_cause${k}`]), `${where} lower${k}`);
          maxError.add(row.upper[k - 1], num(ref[`upper_log_cif_cause${k}`]), `${where} upper${k}`);
        }
      });
    }
    expect(maxError.value, maxError.where).toBeLessThan(1e-12);
  });

  it("hand-computed first step of handmade: se² = (15/256)² + 15·(1/256)²", () => {
    const [first] = cumulativeIncidence(inputs.get("handmade/all")!);
    expect(first.cif).toEqual([1 / 16, 0]);
    expect(first.se[0]).toBeCloseTo(Math.sqrt(240) / 256, 15);
    expect(first.se[1]).toBe(0);
    expect(Number.isNaN(first.lower[1]) && Number.isNaN(first.upper[1])).toBe(true);
  });

  it("with a single cause is 1 − Kaplan–Meier, with Greenwood's se", () => {
    const data = [3, 3, 5, 6, 6, 8, 10, 11].map((time, i) => ({ time, cause: i % 3 === 2 ? 0 : 1 }));
    const cif = cumulativeIncidence(data);
    const km = kaplanMeier(data.map(({ time, cause }) => ({ time, event: cause === 1 })));
    expect(cif.map((r) => r.time)).toEqual(km.map((r) => r.time));
    cif.forEach((row, i) => {
      expect(row.cif[0]).toBeCloseTo(1 - km[i].surv, 15);
      if (km[i].surv > 0) expect(row.se[0]).toBeCloseTo(km[i].se, 15);
    });
  });

  it("sums the causes to 1 − all-cause survival, and caps the upper limit at 1", () => {
    const data = [
      { time: 1, cause: 1 },
      { time: 2, cause: 2 },
      { time: 2, cause: 1 }
    ];
    const rows = cumulativeIncidence(data, { level: 0.998 });
    const last = rows[rows.length - 1];
    expect(last.cif[0] + last.cif[1]).toBe(1);
    expect(last.upper[0]).toBeLessThanOrEqual(1);
    expect(rows.every((r) => r.upper.every((u) => Number.isNaN(u) || u <= 1))).toBe(true);
  });

  it("handles a single subject, all censored, and causes with no events", () => {
    expect(cumulativeIncidence([{ time: 4, cause: 2 }])).toEqual([
      { time: 4, nRisk: 1, cif: [0, 1], se: [0, 0], lower: [NaN, 1], upper: [NaN, 1] }
    ]);
    expect(
      cumulativeIncidence([
        { time: 4, cause: 0 },
        { time: 4, cause: 0 }
      ])
    ).toEqual([{ time: 4, nRisk: 2, cif: [], se: [], lower: [], upper: [] }]);
    const rows = cumulativeIncidence([
      { time: 1, cause: 3 },
      { time: 2, cause: 0 }
    ]);
    expect(rows[0].cif).toEqual([0, 0, 0.5]);
    expect(rows[1]).toMatchObject({ time: 2, nRisk: 1, cif: [0, 0, 0.5] });
  });

  it("does not depend on input order and does not mutate it", () => {
    const data = inputs.get("handmade/all")!;
    const copy = structuredClone(data);
    expect(cumulativeIncidence([...data].reverse())).toEqual(cumulativeIncidence(data));
    expect(data).toEqual(copy);
  });

  it("throws on invalid input, naming the function", () => {
    const ok = [{ time: 1, cause: 1 }];
    expect(() => cumulativeIncidence([])).toThrow(new RangeError("cumulativeIncidence: data is empty"));
    expect(() => cumulativeIncidence(null as never)).toThrow(TypeError);
    expect(() => cumulativeIncidence([1] as never)).toThrow(TypeError);
    expect(() => cumulativeIncidence([{ time: -2, cause: 1 }])).toThrow(RangeError);
    expect(() => cumulativeIncidence([{ time: NaN, cause: 1 }])).toThrow(RangeError);
    expect(() => cumulativeIncidence([{ time: "1", cause: 1 }] as never)).toThrow(TypeError);
    expect(() => cumulativeIncidence([{ time: 1, cause: -1 }])).toThrow(/^cumulativeIncidence: unknown cause -1/);
    expect(() => cumulativeIncidence([{ time: 1, cause: 1.5 }])).toThrow(RangeError);
    expect(() => cumulativeIncidence([{ time: 1, cause: NaN }])).toThrow(RangeError);
    expect(() => cumulativeIncidence([{ time: 1, cause: "1" }] as never)).toThrow(TypeError);
    expect(() => cumulativeIncidence(ok, { level: 1.5 })).toThrow(RangeError);
    expect(() => cumulativeIncidence(ok, { level: 0 })).toThrow(RangeError);
    expect(() => cumulativeIncidence(ok, "0.95" as never)).toThrow(TypeError);
  });
});
