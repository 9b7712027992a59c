/**
 * HiGHS (the Edinburgh LP/MILP solver, compiled to WebAssembly by the `highs` package: it runs offline) for
 * the attacker's and the optimiser's small linear programs. One runtime per process, loaded on first use.
 * For linear programs presolve is off: they are small and solved many times with a new objective, and
 * HiGHS's presolve costs more than such a solve (about 3 ms against 0.3 ms).
 */
import highsModule, { type Highs, type Model } from "highs";

// The package's one declaration file is read as CommonJS under NodeNext; its ES module's default export is the loader.
const loadHighs = highsModule as unknown as typeof highsModule.default;

let runtime: Promise<Highs> | null = null;

export function highsRuntime(): Promise<Highs> {
  runtime ??= loadHighs();
  return runtime;
}

export interface SparseRow {
  /** Column indices (each at most once) and their coefficients. */
  indices: number[];
  values: number[];
  lo: number;
  hi: number;
}

export interface LinearProgram {
  columns: number;
  rows: SparseRow[];
  /** Lower bounds per column (default 0). */
  lower?: Float64Array;
  /** Upper bounds per column (default +∞). */
  upper?: Float64Array;
  /** Whole-number columns (a MILP). */
  integer?: boolean;
}

/** A HiGHS model of the program, ready to be solved for any objective; the caller disposes it. */
export function createModel(highs: Highs, program: LinearProgram): Model {
  const starts = [0];
  const indices: number[] = [];
  const values: number[] = [];
  for (const row of program.rows) {
    for (let k = 0; k < row.indices.length; k++) {
      indices.push(row.indices[k]);
      values.push(row.values[k]);
    }
    starts.push(indices.length);
  }
  const n = program.columns;
  const model = highs.createModel({
    numCols: n,
    numRows: program.rows.length,
    colCost: new Float64Array(n),
    colLower: program.lower ?? new Float64Array(n),
    colUpper: program.upper ?? new Float64Array(n).fill(highs.infinity),
    rowLower: program.rows.map((r) => (Number.isFinite(r.lo) ? r.lo : -highs.infinity)),
    rowUpper: program.rows.map((r) => (Number.isFinite(r.hi) ? r.hi : highs.infinity)),
    matrix: { format: "csr", numRows: program.rows.length, numCols: n, starts, indices, values },
    ...(program.integer ? { integrality: new Int32Array(n).fill(highs.constants.variableType.integer) } : {})
  });
  // A MILP wants presolve; HiGHS's symmetry detection costs far more than these small programs take.
  model.options.set(
    program.integer
      ? { output_flag: false, presolve: "on", mip_detect_symmetry: false }
      : { output_flag: false, presolve: "off" }
  );
  return model;
}

export interface Optimum {
  status: "optimal" | "infeasible" | "unbounded";
  value: number;
  solution: Float64Array | null;
  /** Row duals (LP only). */
  rowDual: Float64Array | null;
}

/** Optimises `cost · x` (sparse) in the given sense. */
export function optimise(
  highs: Highs,
  model: Model,
  columns: number,
  cost: { indices: number[]; values: number[] },
  sense: "max" | "min"
): Optimum {
  const dense = new Float64Array(columns);
  for (let k = 0; k < cost.indices.length; k++) dense[cost.indices[k]] += cost.values[k];
  model.changeColsCost({ kind: "range", from: 0, to: columns - 1 }, dense);
  model.changeObjectiveSense(
    sense === "max" ? highs.constants.objectiveSense.maximize : highs.constants.objectiveSense.minimize
  );
  const { modelStatus } = model.run();
  const status = highs.constants.modelStatus;
  if (modelStatus === status.infeasible) return { status: "infeasible", value: NaN, solution: null, rowDual: null };
  if (modelStatus === status.unbounded || modelStatus === status.unboundedOrInfeasible)
    return { status: "unbounded", value: sense === "max" ? Infinity : -Infinity, solution: null, rowDual: null };
  if (modelStatus !== status.optimal) throw new Error(`HiGHS stopped with model status ${modelStatus}`);
  const solution = model.getSolution();
  return {
    status: "optimal",
    value: model.getObjectiveValue(),
    solution: solution.colValue,
    rowDual: solution.rowDual
  };
}

export const isWhole = (values: Float64Array) => values.every((v) => Math.abs(v - Math.round(v)) < 1e-6);
