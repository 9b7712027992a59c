import { describe, expect, it } from "vitest";
import { logisticRegression } from "../../../loaders/stats/logisticRegression.ts";
import { observedExpected } from "../../../loaders/stats/observedExpected.ts";
import { predictLogistic } from "../../../loaders/stats/predictLogistic.ts";
import { ratioInterval } from "../../../loaders/stats/ratioInterval.ts";
import { num, readCsv } from "../../support/readCsv.ts";
import { maxRelativeError } from "../../support/relativeError.ts";

// oe_by_provider.csv: per provider O, E = Σ fitted risk from glm(died ~ age + factor(stage) + female)
// (R 4.2.2, epsilon 1e-14), O/E, the overall rate ΣO/Σn, the risk-adjusted rate (O/E)·overall rate and
// Byar's / exact / PHE-rule limits at 95% and 99.8% (PHEindicatormethods v2.1.0 formulas).
const patients = readCsv(new URL("../../fixtures/reference/oe_patients.csv", import.meta.url));
const providers = readCsv(new URL("../../fixtures/reference/oe_by_provider.csv", import.meta.url));

describe("observedExpected", () => {
  it("reproduces the whole oe_by_provider.csv table from oe_patients.csv", () => {
    const X = patients.map((r) => [
      num(r.age),
      r.stage === "2" ? 1 : 0,
      r.stage === "3" ? 1 : 0,
      r.stage === "4" ? 1 : 0,
      num(r.female)
    ]);
    const died = patients.map((r) => num(r.died));
    const risk = predictLogistic(logisticRegression(X, died).coefficients, X);
    const table = observedExpected(
      patients.map((r) => r.provider),
      died,
      risk
    );

    expect(table.map((row) => row.unit)).toEqual(providers.map((r) => r.provider));
    const overallRate = table.reduce((s, row) => s + row.observed, 0) / table.reduce((s, row) => s + row.n, 0);
    const pairs: (readonly [number, number])[] = [];
    table.forEach((row, i) => {
      const r = providers[i];
      expect(row.n).toBe(num(r.n));
      expect(row.observed).toBe(num(r.O));
      const ratio = row.observed / row.expected;
      pairs.push(
        [row.expected, num(r.E)],
        [ratio, num(r.ratio)],
        [overallRate, num(r.overall_rate)],
        [ratio * overallRate, num(r.risk_adjusted_rate)]
      );
      for (const [level, suffix] of [
        [0.95, "95"],
        [0.998, "998"]
      ] as const) {
        for (const [method, column] of [
          ["byar", "byars"],
          ["exact", "exact"],
          ["auto", "phe"]
        ] as const) {
          const ci = ratioInterval(row.observed, row.expected, { level, method });
          pairs.push([ci.lower, num(r[`${column}_lower_${suffix}`])], [ci.upper, num(r[`${column}_upper_${suffix}`])]);
        }
      }
    });
    // Achieved max relative error over all 6 × 16 numbers: 8.4e-15 (E itself 8.1e-15, from the
    // coefficients' last digits).
    expect(maxRelativeError(pairs).error).toBeLessThan(1e-12);
    // The intercept makes Σ E = Σ O (logistic score equation).
    expect(table.reduce((s, row) => s + row.expected, 0)).toBeCloseTo(
      table.reduce((s, row) => s + row.observed, 0),
      9
    );
  });

  it("sums per unit in order of first appearance, without modifying its input", () => {
    const units = ["B", "A", "B", "C", "A"];
    const outcomes = [1, 0, 1, 0, 1];
    const risks = [0.5, 0.25, 0.125, 0, 1];
    expect(observedExpected(units, outcomes, risks)).toEqual([
      { unit: "B", n: 2, observed: 2, expected: 0.625 },
      { unit: "A", n: 2, observed: 1, expected: 1.25 },
      { unit: "C", n: 1, observed: 0, expected: 0 }
    ]);
    expect(units).toEqual(["B", "A", "B", "C", "A"]);
  });

  it("throws on mismatched or invalid inputs", () => {
    const bad: [unknown, unknown, unknown, ErrorConstructor][] = [
      [["A"], [1, 0], [0.1, 0.2], RangeError],
      [["A", "B"], [1, 2], [0.1, 0.2], RangeError],
      [["A", "B"], [1, 0], [0.1, 1.2], RangeError],
      [["A", "B"], [1, 0], [0.1, Number.NaN], RangeError],
      [["A", 2], [1, 0], [0.1, 0.2], TypeError],
      [[], [], [], RangeError],
      ["AB", [1, 0], [0.1, 0.2], TypeError]
    ];
    for (const [u, o, r, type] of bad) {
      expect(() => observedExpected(u as never, o as never, r as never), JSON.stringify([u, o, r])).toThrow(type);
      expect(() => observedExpected(u as never, o as never, r as never)).toThrow(/^observedExpected: /);
    }
  });
});
