import { describe, expect, it } from "vitest";
import { logisticRegression } from "../../../loaders/stats/logisticRegression.ts";
import { predictLogistic } from "../../../loaders/stats/predictLogistic.ts";
import { num, readCsv } from "../../support/readCsv.ts";
import { relativeError } from "../../support/relativeError.ts";

// docs/methods.md#case-mix: the ML fit against R glm (epsilon 1e-14).

// oe_glm_coefficients.csv: R 4.2.2 glm(died ~ age + factor(stage) + female, binomial) on oe_patients.csv
// with control epsilon = 1e-14 (6 iterations). Design: intercept, age, stage 2, 3, 4 dummies (stage 1 is
// the reference level), female.
const patients = readCsv(new URL("../../fixtures/reference/oe_patients.csv", import.meta.url));
const reference = readCsv(new URL("../../fixtures/reference/oe_glm_coefficients.csv", import.meta.url));
const X = patients.map((r) => [
  num(r.age),
  r.stage === "2" ? 1 : 0,
  r.stage === "3" ? 1 : 0,
  r.stage === "4" ? 1 : 0,
  num(r.female)
]);
const y = patients.map((r) => num(r.died));

describe("logisticRegression", () => {
  const fit = logisticRegression(X, y);

  it("matches R's coefficients and standard errors (oe_glm_coefficients.csv)", () => {
    expect(reference.map((r) => r.term)).toEqual([
      "(Intercept)",
      "age",
      "factor(stage)2",
      "factor(stage)3",
      "factor(stage)4",
      "female"
    ]);
    // Achieved max relative error: coefficients 6.8e-13 (stage 2, whose estimate is −0.0016; the
    // absolute error is 1.1e-15). Standard errors 6.5e-11: ours are at the MLE, R's use the weights of
    // the previous iteration (reference README §6); taking those instead gives 1.6e-14.
    reference.forEach((r, j) => {
      expect(relativeError(fit.coefficients[j], num(r.estimate)), r.term).toBeLessThan(1e-11);
      expect(relativeError(fit.standardErrors[j], num(r.std_error)), r.term).toBeLessThan(1e-9);
    });
    expect(fit.iterations).toBe(num(reference[0].iterations)); // 6, counted as R counts
  });

  it("reaches the maximum: the deviance of R's fit and a zero score", () => {
    const risk = predictLogistic(fit.coefficients, X);
    const deviance = -2 * risk.reduce((sum, p, i) => sum + (y[i] === 1 ? Math.log(p) : Math.log1p(-p)), 0);
    expect(deviance / num(reference[0].deviance)).toBeCloseTo(1, 14);
    // score Xᵀ(y − μ) = 0 for every column, including the intercept (so Σ fitted = Σ observed)
    for (let j = -1; j < X[0].length; j++) {
      const score = risk.reduce((sum, p, i) => sum + (j < 0 ? 1 : X[i][j]) * (y[i] - p), 0);
      expect(Math.abs(score)).toBeLessThan(1e-9);
    }
  });

  it("fits a hand-checkable case: one binary covariate gives the log odds ratio", () => {
    // Group 0: 1 of 4 died (log odds −log 3); group 1: 3 of 4 (log odds log 3).
    // Intercept −log 3, slope 2·log 3; SEs √(1/1 + 1/3) and √(1 + 1/3 + 1/3 + 1) (Woolf).
    const x = [[0], [0], [0], [0], [1], [1], [1], [1]];
    const outcome = [1, 0, 0, 0, 1, 1, 1, 0];
    const small = logisticRegression(x, outcome);
    expect(small.coefficients[0]).toBeCloseTo(-Math.log(3), 12);
    expect(small.coefficients[1]).toBeCloseTo(2 * Math.log(3), 12);
    expect(small.standardErrors[0]).toBeCloseTo(Math.sqrt(4 / 3), 12);
    expect(small.standardErrors[1]).toBeCloseTo(Math.sqrt(8 / 3), 12);
  });

  it("fits an intercept-only model: the logit of the mean", () => {
    const only = logisticRegression([[], [], [], [], []], [1, 0, 0, 1, 0]);
    expect(only.coefficients).toHaveLength(1);
    expect(only.coefficients[0]).toBeCloseTo(Math.log(2 / 3), 14);
    expect(only.standardErrors[0]).toBeCloseTo(Math.sqrt(1 / (5 * 0.4 * 0.6)), 14);
  });

  it("does not modify its input", () => {
    const copy = JSON.stringify([X.slice(0, 20), y.slice(0, 20)]);
    logisticRegression(X.slice(0, 200), y.slice(0, 200));
    expect(JSON.stringify([X.slice(0, 20), y.slice(0, 20)])).toBe(copy);
  });

  it("throws on malformed data, rank deficiency and separation", () => {
    const x4 = [[0], [1], [2], [3]];
    const bad: [unknown, unknown, ErrorConstructor, RegExp][] = [
      [[], [], RangeError, /no rows/],
      [x4, [0, 1, 0], RangeError, /4 rows but y has 3/],
      [x4, [0, 1, 0, 2], RangeError, /y\[3\] must be 0 or 1/],
      [x4, [0, 1, 0, 0.5], RangeError, /y\[3\]/],
      [x4, [0, 1, 0, Number.NaN], RangeError, /y\[3\]/],
      [[[0], [1, 2], [2], [3]], [0, 1, 0, 1], RangeError, /X\[1\] has 2 values/],
      [[[0], [Number.NaN], [2], [3]], [0, 1, 0, 1], RangeError, /X\[1\]\[0\] must be finite/],
      [[[0], ["1"], [2], [3]], [0, 1, 0, 1], TypeError, /X\[1\]\[0\] must be a number/],
      [
        [
          [0, 1],
          [1, 2]
        ],
        [0, 1],
        RangeError,
        /more rows than coefficients/
      ],
      [
        [
          [1, 2],
          [2, 4],
          [3, 6],
          [4, 8],
          [5, 10]
        ],
        [0, 1, 0, 1, 1],
        RangeError,
        /rank deficient/
      ], // collinear
      [[[7], [7], [7], [7]], [0, 1, 0, 1], RangeError, /rank deficient/], // constant = intercept
      [x4, [0, 0, 1, 1], RangeError, /separate the outcomes/],
      ["X", [0, 1], TypeError, /X must be an array/],
      [x4, "0101", TypeError, /y must be an array/]
    ];
    for (const [data, outcome, type, message] of bad) {
      expect(() => logisticRegression(data as never, outcome as never), JSON.stringify([data, outcome])).toThrow(type);
      expect(() => logisticRegression(data as never, outcome as never)).toThrow(message);
      expect(() => logisticRegression(data as never, outcome as never)).toThrow(/^logisticRegression: /);
    }
  });
});
