/**
 * Inputs of the survival reference vectors (tests/fixtures/reference/, R 4.2.2, survival 3.5-3,
 * relsurv 2.2.9; see the README there) turned into the shapes loaders/stats takes, and the relative
 * error used to compare against them.
 */
import { num, readCsv } from "./readCsv.ts";

const fixture = (name: string) => new URL(`../fixtures/reference/${name}`, import.meta.url);

export type SurvivalInput = { time: number; event: boolean }[];

/** km_curves.csv's datasets, keyed "dataset/strata" as in that file (e.g. "lung_by_sex/sex=1"). */
export function kmInputs(): Map<string, SurvivalInput> {
  const inputs = new Map<string, SurvivalInput>();
  const add = (key: string, time: number, event: boolean) => {
    if (!inputs.has(key)) inputs.set(key, []);
    inputs.get(key)!.push({ time, event });
  };
  for (const row of readCsv(fixture("km_input_lung.csv"))) {
    const time = num(row.time);
    const event = num(row.status) === 2; // lung: 1 = censored, 2 = dead
    add("lung/all", time, event);
    add(`lung_by_sex/sex=${row.sex}`, time, event);
  }
  for (const row of readCsv(fixture("km_input_aml.csv"))) {
    const time = num(row.time);
    const event = num(row.status) === 1;
    add("aml/all", time, event);
    add(`aml_by_x/x=${row.x}`, time, event);
  }
  for (const row of readCsv(fixture("km_datasets.csv")))
    add(`${row.dataset}/all`, num(row.time), num(row.status) === 1);
  return inputs;
}

export type CompetingInput = { time: number; cause: number }[];

/** cif_curves.csv's datasets, keyed "dataset/strata" ("handmade/all", "mgus2/all", "mgus2_by_sex/sex=F"). */
export function cifInputs(): Map<string, CompetingInput> {
  const inputs = new Map<string, CompetingInput>();
  const add = (key: string, time: number, cause: number) => {
    if (!inputs.has(key)) inputs.set(key, []);
    inputs.get(key)!.push({ time, cause });
  };
  for (const row of readCsv(fixture("cif_datasets.csv"))) add("handmade/all", num(row.time), num(row.cause));
  for (const row of readCsv(fixture("cif_input_mgus2.csv"))) {
    add("mgus2/all", num(row.time), num(row.cause));
    add(`mgus2_by_sex/sex=${row.sex}`, num(row.time), num(row.cause));
  }
  return inputs;
}

export type Sex = "male" | "female";
export type NetSurvivalInput = { time: number; event: boolean; age: number; sex: Sex; date: string }[];

/** relsurv's rdata: age in years × 365.241 days (as rs.surv's rmap), sex 1 = male, 2 = female. */
export function relsurvData(): NetSurvivalInput {
  return readCsv(fixture("relsurv_rdata.csv")).map((row) => ({
    time: num(row.time_days),
    event: num(row.cens) === 1,
    age: num(row.age_years) * 365.241,
    sex: num(row.sex) === 1 ? "male" : "female",
    date: row.year_date
  }));
}

/**
 * relsurv's slopop as an annual-qx life table: one row per (calendar column, sex, age) with
 * qx = 1 − exp(−daily hazard · 365.241), which netSurvival turns back into the same daily hazard.
 * slopop's calendar cut points are Jan 1 of the labelled years, so "greatest year ≤ the date's year"
 * picks the same column.
 */
export function slopopLifeTable(): { year: number; sex: Sex; age: number; qx: number }[] {
  return readCsv(fixture("relsurv_slopop.csv")).map((row) => ({
    year: num(row.year_label),
    sex: row.sex as Sex,
    age: num(row.age_years),
    qx: -Math.expm1(-num(row.daily_hazard) * 365.241)
  }));
}

export function referenceRows(name: string): Record<string, string>[] {
  return readCsv(fixture(name));
}

/**
 * |actual − expected| / |expected|, 0 when both are NaN (R's NA) or equal, Infinity when only one is
 * NaN; against an expected 0 the absolute difference.
 */
export function relativeError(actual: number, expected: number): number {
  if (Number.isNaN(expected) || Number.isNaN(actual))
    return Number.isNaN(expected) && Number.isNaN(actual) ? 0 : Infinity;
  if (actual === expected) return 0;
  return expected === 0 ? Math.abs(actual) : Math.abs(actual - expected) / Math.abs(expected);
}

/** Keeps the largest relative error seen, and where, for the assertion message. */
export class MaxError {
  value = 0;
  where = "";
  add(actual: number, expected: number, where: string): void {
    const error = relativeError(actual, expected);
    if (!(error <= this.value)) {
      this.value = error;
      this.where = `${where}: got ${actual}, expected ${expected}`;
    }
  }
}
