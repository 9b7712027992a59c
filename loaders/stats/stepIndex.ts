/**
 * The index of the last row with row.time ≤ time in a curve sorted by time (the "last time ≤ t" rule of
 * survfit's summary(times =)): −1 before the first row, curve.length after the last. A helper of
 * survivalAt and cumulativeIncidenceAt; it validates both arguments, naming the caller `fn`.
 */
export function stepIndex(fn: string, curve: readonly { time: number }[], time: number): number {
  if (!Array.isArray(curve)) throw new TypeError(`${fn}: curve must be an array of rows`);
  if (curve.length === 0) throw new RangeError(`${fn}: curve is empty`);
  if (typeof time !== "number") throw new TypeError(`${fn}: time must be a number`);
  if (!(time >= 0) || time === Infinity) throw new RangeError(`${fn}: time must be finite and ≥ 0, got ${time}`);
  let previous = -Infinity;
  for (let i = 0; i < curve.length; i++) {
    const t = curve[i]?.time;
    if (typeof t !== "number") throw new TypeError(`${fn}: curve[${i}].time must be a number`);
    if (!(t > previous)) throw new RangeError(`${fn}: curve times must be increasing (curve[${i}].time = ${t})`);
    previous = t;
  }
  if (time > curve[curve.length - 1].time) return curve.length;
  let lo = -1; // invariant: curve[lo].time ≤ time < curve[hi].time
  let hi = curve.length - 1;
  if (curve[hi].time <= time) return hi;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (curve[mid].time <= time) lo = mid;
    else hi = mid;
  }
  return lo;
}
