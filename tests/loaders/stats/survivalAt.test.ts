import { describe, expect, it } from "vitest";
import { kaplanMeier } from "../../../loaders/stats/kaplanMeier.ts";
import { survivalAt } from "../../../loaders/stats/survivalAt.ts";
import { MaxError, kmInputs, referenceRows } from "../../support/survivalFixtures.ts";
import { num } from "../../support/readCsv.ts";

// Expected values: km_at_times.csv, R 4.2.2 survival 3.5-3 summary(survfit(...), times = ...), including
// times between steps (182.625, 4.5), before the first time (0, 0.5) and where S = 0 (handmade2, t = 4).
// Achieved max relative error: 1.3e-15 (lung, plain lower at t = 1000); NaN exactly where R gives NA.
describe("survivalAt", () => {
  it("reads kaplanMeier curves as summary(survfit, times =) does, all three conf types", () => {
    const inputs = kmInputs();
    const maxError = new MaxError();
    const rows = referenceRows("km_at_times.csv");
    expect(rows.length).toBe(36);
    for (const ref of rows) {
      const key = `${ref.dataset}/${ref.strata}`;
      for (const [conf, column] of [
        ["log-log", "loglog"],
        ["log", "log"],
        ["plain", "plain"]
      ] as const) {
        const at = survivalAt(kaplanMeier(inputs.get(key)!, { conf }), num(ref.time));
        const where = `${key} t=${ref.time} ${conf}`;
        maxError.add(at.estimate, num(ref.surv), `${where} estimate`);
        maxError.add(at.se, num(ref.se_surv), `${where} se`);
        maxError.add(at.lower, num(ref[`lower_${column}`]), `${where} lower`);
        maxError.add(at.upper, num(ref[`upper_${column}`]), `${where} upper`);
      }
    }
    expect(maxError.value, maxError.where).toBeLessThan(1e-12);
  });

  const curve = [
    { time: 2, surv: 0.9, se: 0.05, lower: 0.8, upper: 0.95 },
    { time: 5, surv: 0.7, se: 0.08, lower: 0.55, upper: 0.82 },
    { time: 9, surv: 0.7, se: 0.08, lower: 0.55, upper: 0.82 }
  ];

  it("takes the last row at or before the time", () => {
    expect(survivalAt(curve, 2)).toEqual({ estimate: 0.9, se: 0.05, lower: 0.8, upper: 0.95 });
    expect(survivalAt(curve, 4.999)).toEqual({ estimate: 0.9, se: 0.05, lower: 0.8, upper: 0.95 });
    expect(survivalAt(curve, 5)).toEqual({ estimate: 0.7, se: 0.08, lower: 0.55, upper: 0.82 });
    expect(survivalAt(curve, 9).estimate).toBe(0.7);
  });

  it("gives S = 1 with limits 1 before the first time, NaN after the last follow-up", () => {
    expect(survivalAt(curve, 0)).toEqual({ estimate: 1, se: 0, lower: 1, upper: 1 });
    expect(survivalAt(curve, 1.5)).toEqual({ estimate: 1, se: 0, lower: 1, upper: 1 });
    expect(survivalAt(curve, 9.0001)).toEqual({ estimate: NaN, se: NaN, lower: NaN, upper: NaN });
  });

  it("throws on invalid input, naming the function", () => {
    expect(() => survivalAt([], 1)).toThrow(new RangeError("survivalAt: curve is empty"));
    expect(() => survivalAt("x" as never, 1)).toThrow(TypeError);
    expect(() => survivalAt(curve, -1)).toThrow(RangeError);
    expect(() => survivalAt(curve, NaN)).toThrow(RangeError);
    expect(() => survivalAt(curve, Infinity)).toThrow(RangeError);
    expect(() => survivalAt(curve, "1" as never)).toThrow(TypeError);
    expect(() => survivalAt([curve[1], curve[0]], 1)).toThrow(/^survivalAt: curve times must be increasing/);
    expect(() => survivalAt([curve[0], curve[0]], 1)).toThrow(RangeError);
    expect(() => survivalAt([{ ...curve[0], time: "2" }] as never, 1)).toThrow(TypeError);
    expect(() => survivalAt([null] as never, 1)).toThrow(TypeError);
  });
});
