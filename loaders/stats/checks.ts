/**
 * Argument checks shared by the statistics functions. Each throws with a message that starts with
 * the calling function's name, so a bad call is easy to trace: a TypeError for a value of the wrong
 * type, a RangeError for a number outside its domain. Internal: not exported from index.ts.
 */

/** A finite number (not NaN, not ±Infinity). */
export function checkFinite(fn: string, name: string, value: unknown): number {
  if (typeof value !== "number") throw new TypeError(`${fn}: ${name} must be a number, got ${describe(value)}`);
  if (!Number.isFinite(value)) throw new RangeError(`${fn}: ${name} must be a finite number, got ${value}`);
  return value;
}

/** A count: a non-negative safe integer (or ≥ `min`). */
export function checkCount(fn: string, name: string, value: unknown, min = 0): number {
  checkFinite(fn, name, value);
  const n = value as number;
  if (!Number.isSafeInteger(n)) throw new RangeError(`${fn}: ${name} must be a whole count, got ${n}`);
  if (n < min) throw new RangeError(`${fn}: ${name} must be at least ${min}, got ${n}`);
  return n;
}

/** A number strictly between `lower` and `upper` (default the open interval (0, 1)). */
export function checkOpen(fn: string, name: string, value: unknown, lower = 0, upper = 1): number {
  checkFinite(fn, name, value);
  const x = value as number;
  if (!(x > lower && x < upper)) throw new RangeError(`${fn}: ${name} must be in (${lower}, ${upper}), got ${x}`);
  return x;
}

/** A number in the closed interval [lower, upper] (default [0, 1]). */
export function checkClosed(fn: string, name: string, value: unknown, lower = 0, upper = 1): number {
  checkFinite(fn, name, value);
  const x = value as number;
  if (!(x >= lower && x <= upper)) throw new RangeError(`${fn}: ${name} must be in [${lower}, ${upper}], got ${x}`);
  return x;
}

/** A two-sided coverage level in (0, 1), such as 0.95 or 0.998 (not 95). */
export function checkLevel(fn: string, level: unknown): number {
  return checkOpen(fn, "level", level);
}

/** One of the allowed keywords. */
export function checkKeyword<T extends string>(fn: string, name: string, value: unknown, allowed: readonly T[]): T {
  if (typeof value !== "string") throw new TypeError(`${fn}: ${name} must be a string, got ${describe(value)}`);
  if (!(allowed as readonly string[]).includes(value)) {
    throw new RangeError(
      `${fn}: ${name} must be one of ${allowed.map((a) => JSON.stringify(a)).join(", ")}, got ${JSON.stringify(value)}`
    );
  }
  return value as T;
}

/** An options argument: undefined (all defaults) or a plain object. */
export function checkOptions<T extends object>(fn: string, options: T | undefined): Partial<T> {
  if (options === undefined) return {};
  if (options === null || typeof options !== "object" || Array.isArray(options)) {
    throw new TypeError(`${fn}: options must be an object, got ${describe(options)}`);
  }
  return options;
}

/** A non-empty array of finite numbers. */
export function checkValues(fn: string, name: string, values: unknown, minLength = 1): readonly number[] {
  if (!Array.isArray(values)) throw new TypeError(`${fn}: ${name} must be an array, got ${describe(values)}`);
  if (values.length < minLength) {
    throw new RangeError(
      `${fn}: ${name} must have at least ${minLength} value${minLength === 1 ? "" : "s"}, got ${values.length}`
    );
  }
  values.forEach((v, i) => checkFinite(fn, `${name}[${i}]`, v));
  return values as number[];
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return JSON.stringify(value);
  return typeof value === "object" ? "an object" : String(value);
}

/**
 * The design of a binary regression: X a non-empty array of equally long rows of finite numbers, y one 0/1
 * value per row, more rows than coefficients. Returns [1 X] (the intercept column first).
 */
export function checkBinaryDesign(fn: string, X: readonly (readonly number[])[], y: readonly number[]): number[][] {
  if (!Array.isArray(X)) throw new TypeError(`${fn}: X must be an array of rows`);
  if (!Array.isArray(y)) throw new TypeError(`${fn}: y must be an array of 0/1 values`);
  if (X.length === 0) throw new RangeError(`${fn}: X has no rows`);
  if (y.length !== X.length) throw new RangeError(`${fn}: X has ${X.length} rows but y has ${y.length} values`);
  const width = Array.isArray(X[0]) ? X[0].length : -1;
  const design = X.map((row, i) => {
    if (!Array.isArray(row)) throw new TypeError(`${fn}: X[${i}] must be an array of numbers`);
    if (row.length !== width) throw new RangeError(`${fn}: X[${i}] has ${row.length} values, X[0] has ${width}`);
    row.forEach((v, j) => {
      if (typeof v !== "number") throw new TypeError(`${fn}: X[${i}][${j}] must be a number`);
      if (!Number.isFinite(v)) throw new RangeError(`${fn}: X[${i}][${j}] must be finite, got ${v}`);
    });
    return [1, ...row];
  });
  y.forEach((v, i) => {
    if (v !== 0 && v !== 1) throw new RangeError(`${fn}: y[${i}] must be 0 or 1, got ${String(v)}`);
  });
  if (X.length <= width + 1) {
    throw new RangeError(
      `${fn}: needs more rows than coefficients, got ${X.length} rows for ${width + 1} coefficients`
    );
  }
  return design;
}
