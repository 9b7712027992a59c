import { checkKeyword, checkLevel, checkOptions } from "./checks.ts";
import { normalQuantile } from "./normalQuantile.ts";
import { survivalInterval, type SurvivalConfType } from "./survivalInterval.ts";

export interface KaplanMeierRow {
  time: number;
  /** Subjects with follow-up ≥ time (those censored at `time` included). */
  nRisk: number;
  nEvent: number;
  nCensor: number;
  surv: number;
  /** Standard error of S (Greenwood): S·√Σ d/(n(n−d)). NaN where S = 0. */
  se: number;
  lower: number;
  upper: number;
}

/**
 * Kaplan–Meier survival: S(t) = Π_{t_j ≤ t} (1 − d_j/n_j), one row per distinct time (event or censoring),
 * events before censorings at tied times (so n_j counts those censored at t_j).
 *
 * Standard error of S by Greenwood, S·√Σ d_j/(n_j(n_j − d_j)). Limits at two-sided `level` (default 0.95)
 * on the `conf` scale (default "log-log"; survfit's own default is "log"), as survival's `survfit_confint`:
 * plain clipped to [0, 1], log upper capped at 1, log-log NaN where S = 1 or S = 0; everything but surv is
 * NaN where S = 0 (R gives NA). Matches R survival 3.5-3 `survfit(Surv(time, status) ~ 1)`
 * (tests/fixtures/reference/km_curves.csv). One sort of the event and censoring times, then O(n).
 *
 * @throws {TypeError} if data is not an array of {time: number, event: boolean}.
 * @throws {RangeError} if data is empty, a time is negative or not finite, level is outside (0, 1) or conf unknown.
 */
export function kaplanMeier(
  data: readonly { time: number; event: boolean }[],
  options: { level?: number; conf?: SurvivalConfType } = {}
): KaplanMeierRow[] {
  const { level = 0.95, conf = "log-log" } = checkOptions("kaplanMeier", options);
  checkLevel("kaplanMeier", level);
  checkKeyword("kaplanMeier", "conf", conf, ["log-log", "log", "plain"]);
  if (!Array.isArray(data)) throw new TypeError("kaplanMeier: data must be an array of {time, event}");
  if (data.length === 0) throw new RangeError("kaplanMeier: data is empty");

  // Event and censoring times in two typed arrays: their native numeric sort is the only O(n log n) step.
  const n = data.length;
  const eventTimes = new Float64Array(n);
  const censorTimes = new Float64Array(n);
  let nEvents = 0;
  let nCensors = 0;
  for (let i = 0; i < n; i++) {
    const row = data[i];
    if (row === null || typeof row !== "object") throw new TypeError(`kaplanMeier: data[${i}] is not an object`);
    const { time, event } = row;
    if (typeof time !== "number") throw new TypeError(`kaplanMeier: data[${i}].time must be a number`);
    if (!(time >= 0) || time === Infinity)
      throw new RangeError(`kaplanMeier: data[${i}].time must be finite and ≥ 0, got ${time}`);
    if (typeof event !== "boolean") throw new TypeError(`kaplanMeier: data[${i}].event must be a boolean`);
    if (event) eventTimes[nEvents++] = time;
    else censorTimes[nCensors++] = time;
  }
  const events = eventTimes.subarray(0, nEvents).sort();
  const censors = censorTimes.subarray(0, nCensors).sort();

  const z = normalQuantile(1 - (1 - level) / 2);
  const rows: KaplanMeierRow[] = [];
  let nRisk = n;
  let surv = 1;
  let greenwood = 0; // Σ d/(n(n−d)), the variance of log S
  let e = 0;
  let c = 0;
  while (e < nEvents || c < nCensors) {
    const time = c >= nCensors || (e < nEvents && events[e] <= censors[c]) ? events[e] : censors[c];
    let nEvent = 0;
    while (e < nEvents && events[e] === time) {
      nEvent++;
      e++;
    }
    let nCensor = 0;
    while (c < nCensors && censors[c] === time) {
      nCensor++;
      c++;
    }
    if (nEvent > 0) {
      surv *= 1 - nEvent / nRisk;
      greenwood += nEvent / (nRisk * (nRisk - nEvent)); // Infinity once everyone at risk dies
    }
    const seLog = Math.sqrt(greenwood);
    const { lower, upper } = survivalInterval(surv, seLog, z, conf, true);
    rows.push({ time, nRisk, nEvent, nCensor, surv, se: surv > 0 ? surv * seLog : NaN, lower, upper });
    nRisk -= nEvent + nCensor;
  }
  return rows;
}
