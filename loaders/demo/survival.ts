/**
 * Time to death for a patient diagnosed with cancer: the population hazard from the demo's own life
 * table (by attained age and calendar year) competing with the cancer's excess hazard (a cure model:
 * the cured fraction has none, the others a Weibull time to cancer death). The two are independent, so
 * net survival estimated with the written life table recovers the excess put in.
 */
import { DAYS_PER_YEAR, yearOf } from "./days.ts";
import { populationHazard, type Sex } from "./lifetable.ts";
import type { Rng } from "./random.ts";

/** Default Weibull shape of the time to cancer death among the not cured. */
const SHAPE = 1.1;

/**
 * Days from `fromDay` to death from other causes, stepping through whole years of attained age and
 * calendar time; Infinity if later than `horizonDays`.
 */
export function backgroundDeathDays(
  rng: Rng,
  sex: Sex,
  fromDay: number,
  ageYears: number,
  horizonDays: number
): number {
  let target = rng.exponential(1);
  const startYear = yearOf(fromDay);
  const horizonYears = horizonDays / DAYS_PER_YEAR;
  for (let t = 0; t < horizonYears; t++) {
    const hazard = populationHazard(startYear + t, sex, ageYears + t);
    if (target < hazard) return Math.floor((t + target / hazard) * DAYS_PER_YEAR);
    target -= hazard;
  }
  return Infinity;
}

/** Days to death from the cancer, or Infinity for the cured. */
export function cancerDeathDays(rng: Rng, cure: number, medianYears: number, shape = SHAPE): number {
  if (rng.next() < cure) return Infinity;
  const scale = medianYears / Math.pow(Math.LN2, 1 / shape);
  return Math.floor(scale * Math.pow(rng.exponential(1), 1 / shape) * DAYS_PER_YEAR);
}
