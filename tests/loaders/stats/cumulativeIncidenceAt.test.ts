import { describe, expect, it } from "vitest";
import { cumulativeIncidence } from "../../../loaders/stats/cumulativeIncidence.ts";
import { cumulativeIncidenceAt } from "../../../loaders/stats/cumulativeIncidenceAt.ts";
import { MaxError, cifInputs, referenceRows } from "../../support/survivalFixtures.ts";
import { num } from "../../support/readCsv.ts";

// Expected values: cif_at_times.csv, R 4.2.2 survival 3.5-3 summary(survfit(...), times = ...) for handmade
// (including t = 12, the last follow-up, a censoring) and mgus2 overall and by sex (months).
// Achieved max relative error: 8.9e-15 (mgus2, se of cause 1 at 60 months); NaN exactly where R gives NA.
describe("cumulativeIncidenceAt", () => {
  it("reads cumulativeIncidence curves as summary(survfit, times =) does", () => {
    const inputs = cifInputs();
    const maxError = new MaxError();
    const rows = referenceRows("cif_at_times.csv");
    expect(rows.length).toBe(21);
    for (const ref of rows) {
      const curve = cumulativeIncidence(inputs.get(`${ref.dataset}/${ref.strata}`)!);
      for (const cause of [1, 2]) {
        const at = cumulativeIncidenceAt(curve, num(ref.time), cause);
        const where = `${ref.dataset}/${ref.strata} t=${ref.time} cause ${cause}`;
        maxError.add(at.estimate, num(ref[`cif_cause${cause}`]), `${where} estimate`);
        maxError.add(at.se, num(ref[`se_cif_cause${cause}`]), `${where} se`);
        maxError.add(at.lower, num(ref[`lower_log_cif_cause${cause}`]), `${where} lower`);
        maxError.add(at.upper, num(ref[`upper_log_cif_cause${cause}`]), `${where} upper`);
      }
    }
    expect(maxError.value, maxError.where).toBeLessThan(1e-12);
  });

  const curve = [
    { time: 2, cif: [0.1, 0], se: [0.05, 0], lower: [0.03, NaN], upper: [0.3, NaN] },
    { time: 6, cif: [0.1, 0.2], se: [0.05, 0.07], lower: [0.03, 0.1], upper: [0.3, 0.4] }
  ];

  it("takes the last row at or before the time", () => {
    expect(cumulativeIncidenceAt(curve, 5.9, 2)).toEqual({ estimate: 0, se: 0, lower: NaN, upper: NaN });
    expect(cumulativeIncidenceAt(curve, 6, 2)).toEqual({ estimate: 0.2, se: 0.07, lower: 0.1, upper: 0.4 });
    expect(cumulativeIncidenceAt(curve, 3, 1)).toEqual({ estimate: 0.1, se: 0.05, lower: 0.03, upper: 0.3 });
  });

  it("gives 0 before the first time, NaN after the last follow-up, 0 for a cause never seen", () => {
    expect(cumulativeIncidenceAt(curve, 0, 1)).toEqual({ estimate: 0, se: 0, lower: NaN, upper: NaN });
    expect(cumulativeIncidenceAt(curve, 6.5, 1)).toEqual({ estimate: NaN, se: NaN, lower: NaN, upper: NaN });
    expect(cumulativeIncidenceAt(curve, 6, 3)).toEqual({ estimate: 0, se: 0, lower: NaN, upper: NaN });
  });

  it("throws on invalid input, naming the function", () => {
    expect(() => cumulativeIncidenceAt([], 1, 1)).toThrow(new RangeError("cumulativeIncidenceAt: curve is empty"));
    expect(() => cumulativeIncidenceAt(curve, -1, 1)).toThrow(RangeError);
    expect(() => cumulativeIncidenceAt(curve, NaN, 1)).toThrow(RangeError);
    expect(() => cumulativeIncidenceAt(curve, 1, 0)).toThrow(/^cumulativeIncidenceAt: cause must be/);
    expect(() => cumulativeIncidenceAt(curve, 1, 1.5)).toThrow(RangeError);
    expect(() => cumulativeIncidenceAt(curve, 1, "1" as never)).toThrow(TypeError);
    expect(() => cumulativeIncidenceAt([curve[1], curve[0]], 1, 1)).toThrow(RangeError);
    expect(() => cumulativeIncidenceAt(undefined as never, 1, 1)).toThrow(TypeError);
  });
});
