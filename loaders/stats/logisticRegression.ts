/**
 * Logistic regression (binomial GLM, logit link) by iteratively reweighted least squares, as R
 * `glm(y ~ X, family = binomial)` but iterated to full convergence. An intercept is added as the
 * first coefficient; X holds one row per observation and no intercept column.
 *
 * Start μ = (y + ½)/2 (R's mustart); each iteration solves the weighted least-squares problem for the
 * working response z = η + (y − μ)/(μ(1 − μ)), weights μ(1 − μ), by Householder QR of √w·[1 X] (no
 * normal equations, so the conditioning is that of X, not its square). Stops when
 * |dev − dev_old| / (|dev| + 0.1) < 1e-14 (R's rule with epsilon 1e-14), and `iterations` counts the
 * least-squares fits as R's `iter` does. Standard errors are √diag((XᵀWX)⁻¹) with W at the final
 * coefficients (the MLE). R instead reports them with the weights of the fit before, which is why its
 * SEs depend on epsilon (README): ~5e-11 relative here, up to ~1e-8 in tiny problems.
 * Matches oe_glm_coefficients.csv (R 4.2.2, epsilon 1e-14) for died ~ age + factor(stage) + female.
 *
 * @throws {TypeError|RangeError} unless X is a non-empty array of equally long rows of finite numbers,
 *   y has one 0/1 value per row, and there are more rows than coefficients; if [1 X] is rank deficient
 *   (collinear or constant columns); or if the fit separates the outcomes (fitted probabilities 0 or
 *   1, coefficients diverging) or does not converge in 100 iterations. Separation is not decided here:
 *   that check depends on the data's size (a small separated group reaches only ~1e-14); callers test
 *   for it first with detectSeparation, an exact rule, and this one only keeps a diverged fit from
 *   being returned.
 * @example logisticRegression([[0], [1], [2], [3]], [0, 1, 0, 1]).coefficients // [-1.3623, 0.9082]
 */
import { checkBinaryDesign } from "./checks.ts";

export type LogisticFit = { coefficients: number[]; standardErrors: number[]; iterations: number };

const epsilon = 1e-14;
const maxIterations = 100;

export function logisticRegression(X: readonly (readonly number[])[], y: readonly number[]): LogisticFit {
  const design = checkBinaryDesign("logisticRegression", X, y);
  const n = design.length;
  const p = design[0].length;
  let mu = y.map((yi) => (yi + 0.5) / 2);
  let eta = mu.map((m) => Math.log(m / (1 - m)));
  let devianceOld = deviance(y, mu);
  let coefficients: number[] = [];
  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    const rows: number[][] = [];
    const rhs: number[] = [];
    for (let i = 0; i < n; i++) {
      const w = mu[i] * (1 - mu[i]);
      const root = Math.sqrt(w);
      rows.push(design[i].map((v) => v * root));
      rhs.push(root * (eta[i] + (y[i] - mu[i]) / w));
    }
    // The first fit has equal weights, so a failure there is the design's own rank deficiency; later
    // ones fail only when weights collapse to 0, i.e. when the outcomes are separated.
    coefficients = leastSquares(rows, rhs, p, iteration === 1 ? rankDeficient : separated).solution;
    eta = design.map((row) => dot(row, coefficients));
    mu = eta.map(inverseLogit);
    if (mu.some((m) => m === 0 || m === 1)) throw new RangeError(separated); // weights of 0 next
    const dev = deviance(y, mu);
    if (Math.abs(dev - devianceOld) / (Math.abs(dev) + 0.1) < epsilon) {
      // R only warns here ("fitted probabilities numerically 0 or 1"); such a fit has diverged.
      if (mu.some((m) => m < 10 * Number.EPSILON || m > 1 - 10 * Number.EPSILON)) throw new RangeError(separated);
      // (XᵀWX)⁻¹ = R⁻¹R⁻ᵀ with W at the final coefficients: the standard error is a row norm of R⁻¹.
      const weighted = design.map((row, i) => row.map((v) => v * Math.sqrt(mu[i] * (1 - mu[i]))));
      const { rInverse } = leastSquares(weighted, new Array<number>(n).fill(0), p, separated);
      const standardErrors = rInverse.map((row) => Math.sqrt(row.reduce((sum, v) => sum + v * v, 0)));
      return { coefficients, standardErrors, iterations: iteration };
    }
    devianceOld = dev;
  }
  throw new RangeError(`logisticRegression: no convergence in ${maxIterations} iterations (separated outcomes?)`);
}

const rankDeficient =
  "logisticRegression: the design [1 X] is rank deficient (a column is constant or a combination of others)";
const separated =
  "logisticRegression: fitted probabilities of 0 or 1: the covariates separate the outcomes, so the estimates diverge";

/**
 * Least squares min ‖A·b − r‖ by Householder QR (A is m×p, m > p). Returns b and R⁻¹ (p×p upper
 * triangular), so that (AᵀA)⁻¹ = R⁻¹R⁻ᵀ. Throws RangeError(failure) when A is numerically rank
 * deficient (a column's remainder below 1e-10 of its norm).
 */
function leastSquares(
  A: number[][],
  r: number[],
  p: number,
  failure: string
): { solution: number[]; rInverse: number[][] } {
  const m = A.length;
  const a = A.map((row) => row.slice());
  const q = r.slice();
  const columnNorms = Array.from({ length: p }, (_, j) => norm2(a, j, 0));
  for (let k = 0; k < p; k++) {
    const norm = norm2(a, k, k);
    if (!(norm > 1e-10 * columnNorms[k])) throw new RangeError(failure);
    const alpha = a[k][k] > 0 ? -norm : norm;
    // Householder vector v = x − αe₁, stored in place below the diagonal.
    a[k][k] -= alpha;
    const vNorm2 = norm2(a, k, k) ** 2;
    for (let j = k + 1; j < p; j++) {
      let s = 0;
      for (let i = k; i < m; i++) s += a[i][k] * a[i][j];
      const f = (2 * s) / vNorm2;
      for (let i = k; i < m; i++) a[i][j] -= f * a[i][k];
    }
    let s = 0;
    for (let i = k; i < m; i++) s += a[i][k] * q[i];
    const f = (2 * s) / vNorm2;
    for (let i = k; i < m; i++) q[i] -= f * a[i][k];
    a[k][k] = alpha;
  }
  // Back substitution for b and for R⁻¹, column by column.
  const solution = new Array<number>(p).fill(0);
  for (let i = p - 1; i >= 0; i--) {
    let s = q[i];
    for (let j = i + 1; j < p; j++) s -= a[i][j] * solution[j];
    solution[i] = s / a[i][i];
  }
  const rInverse = Array.from({ length: p }, () => new Array<number>(p).fill(0));
  for (let j = 0; j < p; j++) {
    rInverse[j][j] = 1 / a[j][j];
    for (let i = j - 1; i >= 0; i--) {
      let s = 0;
      for (let k = i + 1; k <= j; k++) s += a[i][k] * rInverse[k][j];
      rInverse[i][j] = -s / a[i][i];
    }
  }
  return { solution, rInverse };
}

/** Euclidean norm of column j of a from row `from` down. */
function norm2(a: readonly number[][], j: number, from: number): number {
  let sum = 0;
  for (let i = from; i < a.length; i++) sum += a[i][j] * a[i][j];
  return Math.sqrt(sum);
}

function deviance(y: readonly number[], mu: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < y.length; i++) sum -= 2 * (y[i] === 1 ? Math.log(mu[i]) : Math.log1p(-mu[i]));
  return sum;
}

function dot(a: readonly number[], b: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i] * b[i];
  return sum;
}

function inverseLogit(eta: number): number {
  return eta >= 0 ? 1 / (1 + Math.exp(-eta)) : Math.exp(eta) / (1 + Math.exp(eta));
}
