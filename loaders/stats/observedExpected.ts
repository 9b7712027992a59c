/**
 * Observed and expected counts per unit for O/E ratios: per distinct unit, n = number of
 * observations, observed = Σ outcome, expected = Σ fitted risk (e.g. from `predictLogistic`).
 * Units come out in order of first appearance. With risks from a logistic model that has an
 * intercept, Σ expected = Σ observed over all units (the MLE score equation), a useful check.
 * Reproduces O and E of oe_by_provider.csv from oe_patients.csv (see tests); ratios and their
 * intervals then come from `ratioInterval(observed, expected)`.
 *
 * @throws {TypeError|RangeError} unless units (strings), outcomes (0 or 1) and risks (in [0, 1]) are
 *   arrays of the same, non-zero length.
 * @example observedExpected(["A", "B", "A"], [1, 0, 0], [0.2, 0.1, 0.3])
 *   // [{unit: "A", n: 2, observed: 1, expected: 0.5}, {unit: "B", n: 1, observed: 0, expected: 0.1}]
 */
import { checkClosed, checkValues } from "./checks.ts";

export type ObservedExpected = { unit: string; n: number; observed: number; expected: number };

export function observedExpected(
  units: readonly string[],
  outcomes: readonly number[],
  risks: readonly number[]
): ObservedExpected[] {
  if (!Array.isArray(units)) throw new TypeError("observedExpected: units must be an array of strings");
  checkValues("observedExpected", "outcomes", outcomes);
  checkValues("observedExpected", "risks", risks);
  if (units.length !== outcomes.length || units.length !== risks.length) {
    throw new RangeError(
      `observedExpected: units, outcomes and risks must have the same ` +
        `length, got ${units.length}, ${outcomes.length}, ${risks.length}`
    );
  }
  const byUnit = new Map<string, ObservedExpected>();
  units.forEach((unit, i) => {
    if (typeof unit !== "string")
      throw new TypeError(`observedExpected: units[${i}] must be a string, got ${typeof unit}`);
    if (outcomes[i] !== 0 && outcomes[i] !== 1)
      throw new RangeError(`observedExpected: outcomes[${i}] must be 0 or 1, got ${outcomes[i]}`);
    checkClosed("observedExpected", `risks[${i}]`, risks[i]);
    let row = byUnit.get(unit);
    if (row === undefined) byUnit.set(unit, (row = { unit, n: 0, observed: 0, expected: 0 }));
    row.n += 1;
    row.observed += outcomes[i];
    row.expected += risks[i];
  });
  return [...byUnit.values()];
}
