/**
 * Fitted probabilities of a logistic model: 1/(1 + e^(−η)), η = β₀ + Σ_j β_j·x_j, with the intercept
 * first in `coefficients` as `logisticRegression` returns them, and X without an intercept column.
 * Evaluated as e^η/(1 + e^η) for η < 0 so that neither tail overflows or loses digits.
 * Summed per unit these are the expected counts E of an O/E ratio (see `observedExpected`).
 *
 * @throws {TypeError|RangeError} unless coefficients is a non-empty array of finite numbers and every
 *   row of X is an array of coefficients.length − 1 finite numbers.
 * @example predictLogistic([0, 1], [[0], [Math.log(3)]]) // [0.5, 0.75]
 */
import { checkValues } from "./checks.ts";

export function predictLogistic(coefficients: readonly number[], X: readonly (readonly number[])[]): number[] {
  checkValues("predictLogistic", "coefficients", coefficients);
  if (!Array.isArray(X)) throw new TypeError("predictLogistic: X must be an array of rows");
  return X.map((row, i) => {
    checkValues("predictLogistic", `X[${i}]`, row, 0);
    if (row.length !== coefficients.length - 1) {
      throw new RangeError(
        `predictLogistic: X[${i}] has ${row.length} values, expected ` +
          `${coefficients.length - 1} (one per non-intercept coefficient)`
      );
    }
    let eta = coefficients[0];
    for (let j = 0; j < row.length; j++) eta += coefficients[j + 1] * row[j];
    return eta >= 0 ? 1 / (1 + Math.exp(-eta)) : Math.exp(eta) / (1 + Math.exp(eta));
  });
}
