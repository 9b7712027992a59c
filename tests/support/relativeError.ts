/**
 * |actual − expected| / |expected|, the measure the statistics tests report against the reference
 * vectors. Where the expected value is 0 it is the absolute difference (limits clipped to 0, p-values
 * that underflow), and two NaNs (an NA in a reference that the code reproduces as NaN) count as equal.
 */
export function relativeError(actual: number, expected: number): number {
  if (Number.isNaN(expected) && Number.isNaN(actual)) return 0;
  if (expected === actual) return 0;
  return expected === 0 ? Math.abs(actual) : Math.abs(actual - expected) / Math.abs(expected);
}

/** The largest relative error over pairs [actual, expected], with the pair where it occurs. */
export function maxRelativeError(pairs: Iterable<readonly [number, number]>): {
  error: number;
  actual: number;
  expected: number;
} {
  let worst = { error: 0, actual: Number.NaN, expected: Number.NaN };
  for (const [actual, expected] of pairs) {
    const error = relativeError(actual, expected);
    if (!(error <= worst.error)) worst = { error, actual, expected }; // NaN errors win, so they fail
  }
  return worst;
}
