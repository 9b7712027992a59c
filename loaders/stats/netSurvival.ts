import { checkKeyword, checkLevel, checkOptions } from "./checks.ts";
import { dailyHazardTable, type DailyHazardTable, type Sex } from "./dailyHazardTable.ts";
import { daysSince1960 } from "./daysSince1960.ts";
import { normalQuantile } from "./normalQuantile.ts";
import { survivalInterval, type SurvivalConfType } from "./survivalInterval.ts";

export type NetSurvivalMethod = "pohar-perme" | "ederer2";

export interface NetSurvivalRow {
  /** The requested time, echoed. */
  time: number;
  surv: number;
  /** Standard error of S. */
  se: number;
  lower: number;
  upper: number;
}

/**
 * Net survival against a population life table, as R relsurv 2.2.9 `rs.surv` (a year is 365.241 days). Annual
 * qx become a constant daily hazard −ln(1 − qx)/365.241 per (year, sex, age) cell (see dailyHazardTable).
 *
 * Follow-up is cut into crude intervals at every distinct follow-up time (Pohar Perme: also at each of
 * `addTimes`, relsurv's add.times, by default the requested times) and each crude interval into fine steps of
 * min(1 day, rest). In a fine step each subject still at risk at the end of the crude interval has the daily
 * hazard λ_i of the life-table cell at its attained age and calendar date at the start of the step (cell =
 * last cut point ≤ value, clamped; age and date advance together) and population survival
 * S_i ← S_i·exp(−h·λ_i). Per crude interval j:
 * - Pohar Perme: h_j = Σ_died 1/S_i / Σ_at-risk 1/S_i − W_j, where W_j is relsurv's trapezoid over the fine
 *   steps of (Σ λ_i/S_i)/(Σ 1/S_i), with both sums accumulated over all fine steps of the interval so far
 *   (relsurv's quirk, reproduced); var(log S) += Σ_died S_i⁻² / (Σ_at-risk S_i⁻¹)².
 * - Ederer II: h_j = d_j/n_j − Σ_at-risk ∫λ_i / n_j; var(log S) += d_j/n_j². This is relsurv's continuous-time
 *   Ederer II, not the life-table (Stata strs) one.
 * S = Π (1 − h_j). Limits at two-sided `level` (default 0.95) on the `conf` scale (default "log"), as relsurv:
 * not clipped, so the log upper limit can exceed 1. Matches relsurv_estimates_at_years.csv and
 * relsurv_curves_overall.csv (tests/fixtures/reference/) to 1.5e-14 relative.
 *
 * Rows come back in the order of `times`, each the step value at the last cut point ≤ it, as relsurv's
 * `summary(fit, times)`: so Pohar Perme is evaluated at exactly each requested time that is also in `addTimes`.
 * The cut points change the estimate after them (relsurv's accumulated sums), so a value meant to be reproduced
 * on its own is asked for with `addTimes` = that time alone, whatever else is in `times` (a curve drawn beside it
 * then takes step values and never moves it). Ederer II ignores `addTimes`. A requested time before any cut gives
 * S = 1, se = 0, limits 1; one after the last follow-up time gives NaN everywhere ("not estimable": relsurv
 * would quietly report the value at the last follow-up time instead).
 *
 * Cost: subjects sharing a life-table cell share λ, so the sums over subjects are kept per cell and each
 * subject is touched only when it enters the risk set, changes cell (a birthday or a new year: about twice a
 * year of follow-up) or leaves. That makes it O(n log n + n·c·log F + F·C): n subjects, c cell changes per
 * subject, F fine steps (≈ distinct times + days of follow-up) and C ≤ (sexes × years × ages) cells occupied
 * at a step. Nothing is quadratic in n: with whole-day times F is bounded by the days of follow-up.
 *
 * @throws {TypeError} if an argument has the wrong shape (options and its method and times are required).
 * @throws {RangeError} if data or times are empty, a follow-up time is not positive, an age is negative, a date
 *   is not YYYY-MM-DD, a sex is unknown or missing from the life table, the life table is incomplete (see
 *   dailyHazardTable), a requested or added time is negative, level is outside (0, 1) or method/conf unknown.
 */
export function netSurvival(
  data: readonly { time: number; event: boolean; age: number; sex: Sex; date: string }[],
  lifeTable: readonly { year: number; sex: Sex; age: number; qx: number }[],
  options: {
    method: NetSurvivalMethod;
    times: readonly number[];
    addTimes?: readonly number[];
    level?: number;
    conf?: SurvivalConfType;
  }
): NetSurvivalRow[] {
  const fn = "netSurvival";
  if (options === undefined) throw new TypeError(`${fn}: options {method, times} are required`);
  const { method, times, level = 0.95, conf = "log" } = checkOptions(fn, options);
  checkKeyword(fn, "method", method, ["pohar-perme", "ederer2"]);
  checkLevel(fn, level);
  checkKeyword(fn, "conf", conf, ["log", "log-log", "plain"]);
  checkTimes(fn, "times", times);
  if (times.length === 0) throw new RangeError(`${fn}: times is empty`);
  const addTimes = options.addTimes ?? times;
  if (options.addTimes !== undefined) checkTimes(fn, "addTimes", addTimes);
  const table = dailyHazardTable(fn, lifeTable);
  const subjects = readSubjects(fn, data, table);

  // Crude time points: the distinct follow-up times, and for Pohar Perme the added times within follow-up.
  const sortedTimes = Float64Array.from(subjects.time).sort();
  const maxTime = sortedTimes[sortedTimes.length - 1];
  const extra = method === "pohar-perme" ? addTimes.filter((t) => t > 0 && t <= maxTime) : [];
  const all = Float64Array.from([...sortedTimes, ...extra]).sort();
  const crude = all.filter((t, i) => i === 0 || t !== all[i - 1]);

  const { surv, varLogSurv } = relativeSurvivalCurve(subjects, table, crude, method === "pohar-perme");
  const z = normalQuantile(1 - (1 - level) / 2);
  return times.map((time) => {
    if (time > maxTime) return { time, surv: NaN, se: NaN, lower: NaN, upper: NaN };
    const j = lastIndexAtOrBefore(crude, time);
    if (j < 0) return { time, surv: 1, se: 0, lower: 1, upper: 1 };
    const seLog = Math.sqrt(varLogSurv[j]);
    return { time, surv: surv[j], se: surv[j] * seLog, ...survivalInterval(surv[j], seLog, z, conf, false) };
  });
}

function checkTimes(fn: string, name: string, times: unknown): asserts times is readonly number[] {
  if (!Array.isArray(times)) throw new TypeError(`${fn}: ${name} must be an array of numbers`);
  times.forEach((t, i) => {
    if (typeof t !== "number") throw new TypeError(`${fn}: ${name}[${i}] must be a number`);
    if (!(t >= 0) || t === Infinity) throw new RangeError(`${fn}: ${name}[${i}] must be finite and ≥ 0, got ${t}`);
  });
}

interface Subjects {
  time: Float64Array;
  event: Uint8Array;
  /** Age at diagnosis in days and diagnosis date in days since 1960-01-01: the cell coordinates at time 0. */
  age: Float64Array;
  date: Float64Array;
  sex: Uint8Array;
}

function readSubjects(
  fn: string,
  data: readonly { time: number; event: boolean; age: number; sex: Sex; date: string }[],
  table: DailyHazardTable
): Subjects {
  if (!Array.isArray(data)) throw new TypeError(`${fn}: data must be an array of {time, event, age, sex, date}`);
  if (data.length === 0) throw new RangeError(`${fn}: data is empty`);
  const n = data.length;
  const subjects: Subjects = {
    time: new Float64Array(n),
    event: new Uint8Array(n),
    age: new Float64Array(n),
    date: new Float64Array(n),
    sex: new Uint8Array(n)
  };
  for (let i = 0; i < n; i++) {
    const row = data[i];
    if (row === null || typeof row !== "object") throw new TypeError(`${fn}: data[${i}] is not an object`);
    const { time, event, age, sex, date } = row;
    if (typeof time !== "number") throw new TypeError(`${fn}: data[${i}].time must be a number`);
    if (!(time > 0) || time === Infinity) {
      // relsurv cannot use zero follow-up either (its first crude interval would be empty): exclude such cases.
      throw new RangeError(`${fn}: data[${i}].time must be finite and > 0 days, got ${time}`);
    }
    if (typeof event !== "boolean") throw new TypeError(`${fn}: data[${i}].event must be a boolean`);
    if (typeof age !== "number") throw new TypeError(`${fn}: data[${i}].age must be a number (days)`);
    if (!(age >= 0) || age === Infinity)
      throw new RangeError(`${fn}: data[${i}].age must be finite and ≥ 0 days, got ${age}`);
    checkKeyword(fn, `data[${i}].sex`, sex, ["male", "female"]);
    const s = sex === "male" ? 0 : 1;
    if (!table.hasSex[s]) throw new RangeError(`${fn}: lifeTable has no rows for sex ${sex} (data[${i}])`);
    subjects.time[i] = time;
    subjects.event[i] = event ? 1 : 0;
    subjects.age[i] = age;
    subjects.date[i] = daysSince1960(fn, `data[${i}].date`, date);
    subjects.sex[i] = s;
  }
  return subjects;
}

/** The last index k with sorted[k] ≤ value, −1 if none. */
function lastIndexAtOrBefore(sorted: Float64Array, value: number): number {
  let lo = -1;
  let hi = sorted.length;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= value) lo = mid;
    else hi = mid;
  }
  return lo;
}

/** A cut-point cell index that starts clamped at 0: the last k with cuts[k] ≤ value, or 0. */
function cellAt(cuts: Float64Array, value: number): number {
  return Math.max(0, lastIndexAtOrBefore(cuts, value));
}

/**
 * S and var(log S) at each crude time. 1/S_i of a subject in cell c is kept as a_i·G_c: G_c is the cell's
 * clock (the product of its per-step factors exp(h·λ_c)) and B_c = Σ a_i over the cell's members, so a fine
 * step costs O(occupied cells) and Σ 1/S_i over a cell is G_c·B_c.
 */
function relativeSurvivalCurve(subjects: Subjects, table: DailyHazardTable, crude: Float64Array, poharPerme: boolean) {
  const n = subjects.time.length;
  const nCrude = crude.length;

  // Fine steps, with relsurv's arithmetic so step starts (and so cells) agree with it to the last bit.
  // Counted first so they live in typed arrays (stable element types for the hot loop below).
  let nSteps = 0;
  for (let j = 0, elapsed = 0; j < nCrude; j++) {
    const interval = crude[j] - elapsed;
    for (let within = 0; within < interval; nSteps++) within += interval - within < 1 ? interval - within : 1;
    elapsed += interval;
  }
  const stepStart = new Float64Array(nSteps);
  const stepLength = new Float64Array(nSteps);
  const firstStep = new Int32Array(nCrude + 1);
  for (let j = 0, k = 0, elapsed = 0; j < nCrude; j++) {
    firstStep[j] = k;
    const interval = crude[j] - elapsed;
    for (let within = 0; within < interval; k++) {
      const h = interval - within < 1 ? interval - within : 1;
      stepStart[k] = elapsed + within;
      stepLength[k] = h;
      within += h;
    }
    elapsed += interval;
  }
  firstStep[nCrude] = nSteps;

  // Cells (sex, year, age). The occupied ones live in dense slots 0..nSlots−1, so a fine step is one
  // sequential pass; a cell emptied gives its slot to the last one.
  const { yearCuts, ageCuts, hazard } = table;
  const nYears = yearCuts.length;
  const nAges = ageCuts.length;
  const slotOf = new Int32Array(hazard.length).fill(-1);
  const slotCell = new Int32Array(hazard.length);
  const slotHazard = new Float64Array(hazard.length); // λ_c
  const slotUnitFactor = new Float64Array(hazard.length); // exp(λ_c), the factor of a whole-day step
  const slotMembers = new Float64Array(hazard.length);
  const slotWeightSum = new Float64Array(hazard.length); // B_c
  const slotClock = new Float64Array(hazard.length); // G_c
  let nSlots = 0;
  const sums = new Float64Array(5); // advanceSlots' results for one fine step

  // Subjects in order of follow-up time: the risk set is always a suffix of `order`.
  const order = Uint32Array.from({ length: n }, (_, i) => i).sort((a, b) => subjects.time[a] - subjects.time[b]);
  const ageIndex = new Int32Array(n);
  const yearIndex = new Int32Array(n);
  const cellOf = new Int32Array(n);
  const weight = new Float64Array(n); // a_i
  const lastStep = new Int32Array(n); // one past the last fine step the subject is at risk for
  const bucketHead = new Int32Array(nSteps + 1).fill(-1); // subjects whose cell may change at a step
  const bucketNext = new Int32Array(n);

  const join = (i: number, inverseSurvival: number) => {
    const c = (subjects.sex[i] * nYears + yearIndex[i]) * nAges + ageIndex[i];
    let slot = slotOf[c];
    if (slot === -1) {
      slot = nSlots++;
      slotOf[c] = slot;
      slotCell[slot] = c;
      slotHazard[slot] = hazard[c];
      slotUnitFactor[slot] = Math.exp(hazard[c]);
      slotMembers[slot] = 0;
      slotWeightSum[slot] = 0;
      slotClock[slot] = 1;
    }
    cellOf[i] = c;
    weight[i] = inverseSurvival / slotClock[slot];
    slotWeightSum[slot] += weight[i];
    slotMembers[slot]++;
  };
  const leave = (i: number) => {
    const slot = slotOf[cellOf[i]];
    slotWeightSum[slot] -= weight[i];
    if (--slotMembers[slot] === 0) {
      slotOf[cellOf[i]] = -1;
      const last = --nSlots;
      if (slot !== last) {
        slotCell[slot] = slotCell[last];
        slotOf[slotCell[slot]] = slot;
        slotHazard[slot] = slotHazard[last];
        slotUnitFactor[slot] = slotUnitFactor[last];
        slotMembers[slot] = slotMembers[last];
        slotWeightSum[slot] = slotWeightSum[last];
        slotClock[slot] = slotClock[last];
      }
    }
  };
  const inverseSurvivalOf = (i: number) => weight[i] * slotClock[slotOf[cellOf[i]]];
  // The first step ≥ from (and before the subject leaves) whose start reaches the next age or year cut point.
  const schedule = (i: number, from: number) => {
    const nextAge = ageIndex[i] + 1 < nAges ? ageCuts[ageIndex[i] + 1] : Infinity;
    const nextYear = yearIndex[i] + 1 < nYears ? yearCuts[yearIndex[i] + 1] : Infinity;
    const age = subjects.age[i];
    const date = subjects.date[i];
    let lo = from - 1;
    let hi = lastStep[i];
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (age + stepStart[mid] >= nextAge || date + stepStart[mid] >= nextYear) hi = mid;
      else lo = mid;
    }
    if (hi < lastStep[i]) {
      bucketNext[i] = bucketHead[hi];
      bucketHead[hi] = i;
    }
  };

  for (let q = 0, j = 0; q < n; q++) {
    const i = order[q];
    while (crude[j] < subjects.time[i]) j++;
    lastStep[i] = firstStep[j + 1];
    ageIndex[i] = cellAt(ageCuts, subjects.age[i] + stepStart[0]);
    yearIndex[i] = cellAt(yearCuts, subjects.date[i] + stepStart[0]);
    join(i, 1);
    schedule(i, 1);
  }

  const surv = new Float64Array(nCrude);
  const varLogSurv = new Float64Array(nCrude);
  let survival = 1;
  let variance = 0;
  let exited = 0; // order[exited..] are at risk
  for (let j = 0; j < nCrude; j++) {
    const end = crude[j];
    while (subjects.time[order[exited]] < end) leave(order[exited++]);

    // Sums over fine steps; the f* sums accumulate over the whole crude interval, as relsurv's do.
    let fInverse = 0; // Σ 1/S_i at step starts
    let fHazard = 0; // Σ λ_i/S_i at step starts
    let fInverseEnd = 0; // the same at step ends
    let fHazardEnd = 0;
    let integral = 0; // W_j
    let expected = 0; // Σ_i ∫ λ_i over the interval (Ederer II)
    let inverseAtEnd = 0; // Σ 1/S_i at the end of the interval
    for (let k = firstStep[j]; k < firstStep[j + 1]; k++) {
      for (let i = bucketHead[k]; i !== -1;) {
        const following = bucketNext[i];
        if (subjects.time[i] >= end) moveCell(i, k);
        i = following;
      }
      const h = stepLength[k];
      const overflow = advanceSlots(nSlots, h, slotHazard, slotUnitFactor, slotMembers, slotWeightSum, slotClock, sums);
      fInverse += sums[0];
      fHazard += sums[1];
      fInverseEnd += sums[2];
      fHazardEnd += sums[3];
      integral += (fHazard / fInverse / 2 + fHazardEnd / fInverseEnd / 2) * h;
      expected += h * sums[4];
      inverseAtEnd = sums[2];
      if (overflow) rebaseClocks(exited);
    }

    let deaths = 0;
    let deathsInverse = 0;
    let deathsInverseSquared = 0;
    for (let q = exited; q < n && subjects.time[order[q]] === end; q++) {
      const i = order[q];
      if (!subjects.event[i]) continue;
      const inverse = inverseSurvivalOf(i);
      deaths++;
      deathsInverse += inverse;
      deathsInverseSquared += inverse * inverse;
    }
    const atRisk = n - exited;
    if (poharPerme) {
      survival *= 1 - (deathsInverse / inverseAtEnd - integral);
      variance += deathsInverseSquared / (inverseAtEnd * inverseAtEnd);
    } else {
      survival *= 1 - (deaths / atRisk - expected / atRisk);
      variance += deaths / (atRisk * atRisk);
    }
    surv[j] = survival;
    varLogSurv[j] = variance;
  }
  return { surv, varLogSurv };

  // At step k's start subject i may have reached its next age or year cut point.
  function moveCell(i: number, k: number) {
    const age = subjects.age[i] + stepStart[k];
    const date = subjects.date[i] + stepStart[k];
    let a = ageIndex[i];
    let y = yearIndex[i];
    while (a + 1 < nAges && ageCuts[a + 1] <= age) a++;
    while (y + 1 < nYears && yearCuts[y + 1] <= date) y++;
    if (a !== ageIndex[i] || y !== yearIndex[i]) {
      const inverseSurvival = inverseSurvivalOf(i);
      leave(i);
      ageIndex[i] = a;
      yearIndex[i] = y;
      join(i, inverseSurvival);
    }
    schedule(i, k + 1);
  }

  // Keeps G_c finite for cells occupied for a very long time at a very high hazard: fold G_c into the a_i.
  function rebaseClocks(exited: number) {
    for (let q = exited; q < n; q++) {
      const i = order[q];
      const clock = slotClock[slotOf[cellOf[i]]];
      if (clock > 1e150) weight[i] *= clock;
    }
    for (let slot = 0; slot < nSlots; slot++) {
      if (slotClock[slot] > 1e150) {
        slotWeightSum[slot] *= slotClock[slot];
        slotClock[slot] = 1;
      }
    }
  }
}

/**
 * One fine step of length h for the occupied cells: each clock G_c advances by exp(h·λ_c). Writes to `sums`
 * Σ G_c·B_c (= Σ 1/S_i) and Σ λ_c·G_c·B_c at the step's start and end, and Σ λ_c·members_c; returns whether
 * some clock passed 1e150. A top-level function, so the hot loop is compiled once for every call.
 */
function advanceSlots(
  nSlots: number,
  h: number,
  hazard: Float64Array,
  unitFactor: Float64Array,
  members: Float64Array,
  weightSum: Float64Array,
  clock: Float64Array,
  sums: Float64Array
): boolean {
  let inverse = 0;
  let hazardWeighted = 0;
  let inverseEnd = 0;
  let hazardWeightedEnd = 0;
  let hazardCount = 0;
  let overflow = false;
  for (let slot = 0; slot < nSlots; slot++) {
    const lambda = hazard[slot];
    const sum = weightSum[slot];
    const sumAtStart = clock[slot] * sum;
    inverse += sumAtStart;
    hazardWeighted += lambda * sumAtStart;
    hazardCount += lambda * members[slot];
    const advanced = clock[slot] * (h === 1 ? unitFactor[slot] : expSmall(h * lambda));
    clock[slot] = advanced;
    const sumAtEnd = advanced * sum;
    inverseEnd += sumAtEnd;
    hazardWeightedEnd += lambda * sumAtEnd;
    if (advanced > 1e150) overflow = true;
  }
  sums[0] = inverse;
  sums[1] = hazardWeighted;
  sums[2] = inverseEnd;
  sums[3] = hazardWeightedEnd;
  sums[4] = hazardCount;
  return overflow;
}

/** e^x, by its Taylor series where that is exact to rounding (0 ≤ x < 1/32: the tail is below 2^−56), else Math.exp. */
function expSmall(x: number): number {
  if (!(x < 0.03125)) return Math.exp(x);
  return (
    1 + x * (1 + (x / 2) * (1 + (x / 3) * (1 + (x / 4) * (1 + (x / 5) * (1 + (x / 6) * (1 + (x / 7) * (1 + x / 8)))))))
  );
}
