/**
 * Whether the maximum-likelihood estimate of a logistic regression exists, by the linear program of Konis
 * (2007, ch. 4) that R's detectseparation::detect_separation solves. With x_i = [1, X_i] and
 * ā_i = (2y_i − 1)·x_i: maximise Σ_i ā_iᵀβ subject to ā_iᵀβ ≥ 0 for every i and −1 ≤ β_j ≤ 1. β = 0 is
 * feasible; a feasible β with a positive objective is a direction along which the likelihood rises for ever
 * (complete or quasi-complete separation, Albert & Anderson 1984), so the MLE exists exactly when the optimum
 * is 0. The answer depends on the signs of the fitted directions only, not on how many rows a group has.
 *
 * `infinite[j]` is the sign (−1, 0, 1) of coefficient j's divergence (j = 0 the intercept, then X's columns),
 * 0 where |β_j| ≤ 1e-3 at the optimum: detectseparation's rule and tolerance. At an optimum above 0 some
 * |β_j| = 1 (the objective is linear in β), so `separated` does not hang on that tolerance.
 * Solved by HiGHS (the npm `highs` WebAssembly build, simplex); async because the solver loads once, lazily.
 *
 * @throws {TypeError|RangeError} unless X is a non-empty array of equally long rows of finite numbers and y has
 *   one 0/1 value per row; if the solver does not report an optimum (it always exists: the LP is bounded and
 *   β = 0 is feasible).
 * @example await detectSeparation([[0], [1], [2], [3]], [0, 0, 1, 1]) // {separated: true, infinite: [-1, 1]}
 */
import highsModule, { type Highs, type Model } from "highs";
import { checkBinaryDesign } from "./checks.ts";

export type SeparationCheck = { separated: boolean; infinite: (-1 | 0 | 1)[] };

const tolerance = 1e-3;
let solver: Promise<Highs> | null = null;
// The package's types describe its CommonJS build (module.exports.default); Node's ESM import gets the loader itself.
const highsLoader = (typeof highsModule === "function" ? highsModule : highsModule.default) as () => Promise<Highs>;

export async function detectSeparation(
  X: readonly (readonly number[])[],
  y: readonly number[]
): Promise<SeparationCheck> {
  const design = checkBinaryDesign("detectSeparation", X, y);
  const n = design.length;
  const p = design[0].length;
  const highs = await (solver ??= highsLoader());
  // One constraint ā_iᵀβ ≥ 0 per distinct row ā_i (covariate patterns repeat: age in years, a few classes);
  // the objective Σ_i ā_i counts every row.
  const objective = new Float64Array(p);
  const distinct = new Map<string, number[]>();
  for (let i = 0; i < n; i++) {
    const sign = y[i] === 1 ? 1 : -1;
    const row = design[i].map((v) => sign * v);
    for (let j = 0; j < p; j++) objective[j] += row[j];
    distinct.set(row.join(","), row);
  }
  const m = distinct.size;
  const starts = Int32Array.from({ length: m + 1 }, (_, i) => i * p);
  const indices = Int32Array.from({ length: m * p }, (_, k) => k % p);
  const values = Float64Array.from([...distinct.values()].flat());
  const beta: number[] = highs.withModel(
    {
      numCols: p,
      numRows: m,
      sense: highs.constants.objectiveSense.maximize,
      colCost: objective,
      colLower: new Float64Array(p).fill(-1),
      colUpper: new Float64Array(p).fill(1),
      rowLower: new Float64Array(m),
      rowUpper: new Float64Array(m).fill(highs.infinity),
      matrix: { format: "csr", numRows: m, numCols: p, starts, indices, values }
    },
    (model: Model): number[] => {
      const { modelStatus } = model.run();
      if (modelStatus !== highs.constants.modelStatus.optimal)
        throw new RangeError(`detectSeparation: the linear program ended with status ${modelStatus}, not optimal`);
      return Array.from(model.getSolution().colValue);
    }
  );
  const infinite = beta.map((b) => (b > tolerance ? 1 : b < -tolerance ? -1 : 0));
  return { separated: infinite.some((s) => s !== 0), infinite };
}
