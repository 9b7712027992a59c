import { describe, expect, it } from "vitest";
import { caseMixForPeriod, covariateField, type CaseMixRow } from "../../../loaders/engine/caseMix.ts";
import type { UnitRows } from "../../../loaders/engine/aggregate.ts";
import { logisticRegression } from "../../../loaders/stats/logisticRegression.ts";
import {
  caseMixCoefficients,
  caseMixCovariates,
  caseMixDatasets,
  caseMixExpected
} from "../../support/caseMixFixtures.ts";
import { num } from "../../support/readCsv.ts";
import { relativeError } from "../../support/relativeError.ts";

// docs/methods.md#case-mix-separation — reference: R 4.2.2 glm (epsilon 1e-14) without the covariates that
// separate the outcomes, and its E per hospital (caseMixSeparation.R), on the national rows of the windows
// issue 18 names, from the scale-1 demo (seed 1).
const datasets = caseMixDatasets();
const coefficients = caseMixCoefficients();
const expectedE = caseMixExpected();

/** The nation and its hospitals for one window, sharing row objects as unitRows gives them. */
function units(name: string): UnitRows<CaseMixRow>[] {
  const period = name.split(" ")[1];
  const rows = datasets.get(name)!.map((p) => ({
    row: {
      qi_event: p.event === 1,
      ...Object.fromEntries(caseMixCovariates.map((c) => [covariateField(c), p.covariates[c]]))
    } as CaseMixRow,
    hospital: p.hospital
  }));
  const hospitals = [...new Set(rows.map((r) => r.hospital))].sort();
  return [
    { period, level: "nation", unitId: "nation", parentId: null, rows: rows.map((r) => r.row) },
    ...hospitals.map((h) => ({
      period,
      level: "hospital" as const,
      unitId: h,
      parentId: "trust",
      rows: rows.filter((r) => r.hospital === h).map((r) => r.row)
    }))
  ];
}

describe("caseMixForPeriod: separation handled by one rule (docs/methods.md#case-mix-separation)", () => {
  const windows = [
    ["lung-30-day-mortality 2014–2016", ["stage_unknown"]],
    ["lung-30-day-mortality 2020–2022", ["stage_unknown"]],
    ["oesophagus-stomach-60-day-mortality 2014–2016 crafted", ["stage_unknown"]],
    ["oesophagus-stomach-60-day-mortality 2014–2016", []],
    ["oesophagus-stomach-60-day-mortality 2015–2017", []]
  ] as const;
  for (const [name, separating] of windows) {
    it(`${name}: ${separating.length ? "leaves out stage_unknown" : "keeps every covariate"}; E as R's`, async () => {
      const [indicatorId, period] = name.split(" ");
      const { results, warning } = await caseMixForPeriod(units(name), [...caseMixCovariates], {
        level: 0.95,
        indicatorId,
        period
      });
      const reference = coefficients.filter((r) => r.dataset === name);
      expect(reference.filter((r) => r.dropped === "1").map((r) => r.term)).toEqual(separating);
      if (separating.length) {
        expect(warning).toBe(
          `${indicatorId} ${period}: case-mix covariates stage_unknown separate the outcomes (no finite ` +
            "maximum-likelihood estimate), so the model leaves them out (docs/methods.md#case-mix-separation)"
        );
        // Without the rule the full model's coefficient runs off (glm stops near −26, still falling).
        expect(num(reference.find((r) => r.term === "stage_unknown")!.ml_full)).toBeLessThan(-20);
      } else expect(warning).toBeNull();
      let maxError = 0;
      for (const [unit, result] of results) {
        expect(result.separation).toEqual(separating);
        if (unit.level === "nation") {
          // An ML fit with an intercept: national E = O, so the national O/E is 1.
          expect(result.expected).toBeCloseTo(result.observed, 9);
          continue;
        }
        const row = expectedE.find((r) => r.dataset === name && r.hospital === unit.unitId)!;
        expect(result.observed).toBe(num(row.observed));
        maxError = Math.max(maxError, relativeError(result.expected, num(row.ml)));
      }
      expect(results.size).toBe(expectedE.filter((r) => r.dataset === name).length + 1);
      expect(maxError).toBeLessThan(1e-9);
    });
  }

  it("the coefficients of the model kept are R's (glm without the separating terms)", () => {
    for (const name of ["lung-30-day-mortality 2014–2016", "oesophagus-stomach-60-day-mortality 2014–2016 crafted"]) {
      const patients = datasets.get(name)!;
      const kept = caseMixCovariates.filter((c) => c !== "stage_unknown");
      const fit = logisticRegression(
        patients.map((p) => kept.map((c) => p.covariates[c])),
        patients.map((p) => p.event)
      );
      const reference = coefficients.filter((r) => r.dataset === name && r.dropped === "0");
      expect(reference.map((r) => r.term)).toEqual(["(Intercept)", ...kept]);
      reference.forEach((r, j) => expect(relativeError(fit.coefficients[j], num(r.ml)), r.term).toBeLessThan(1e-9));
    }
  });

  it("before issue 18 the same pattern had two outcomes: the small group's fit passed, the large one's failed", () => {
    // The old rule refused a fit whose smallest fitted probability was below 10·ε (2.2e-15).
    const smallest = (name: string) => {
      const patients = datasets.get(name)!;
      const fit = logisticRegression(
        patients.map((p) => caseMixCovariates.map((c) => p.covariates[c])),
        patients.map((p) => p.event)
      );
      return fit.coefficients[6];
    };
    expect(smallest("lung-30-day-mortality 2014–2016")).toBeLessThan(-20); // accepted, diverged
    expect(() => smallest("oesophagus-stomach-60-day-mortality 2014–2016 crafted")).toThrow(/separate the outcomes/);
  });
});
